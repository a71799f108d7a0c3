package dev.berth.cli;

import dev.berth.cli.progress.Progress;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerState;
import dev.berth.engine.ContainerEvent;
import dev.berth.engine.ContainerImage;
import dev.berth.engine.ContainerScope;
import dev.berth.engine.Labels;
import dev.berth.engine.ProjectState;
import dev.berth.engine.Subscription;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** ls, images and events: views over the engine's projects. */
final class ProjectCommands {
    private ProjectCommands() {}

    @Command(name = "ls", description = "List running compose projects")
    static final class Ls implements Callable<Integer> {
        @Option(names = {"-a", "--all"}) boolean all;
        @Option(names = {"-q", "--quiet"}) boolean quiet;
        @Option(names = "--format") String format = "table";
        @Spec CommandSpec spec;

        public Integer call() {
            Invocation caller = GlobalOptions.inherited(spec).caller();
            try (ComposeEngine engine = EngineConnection.open(caller)) {
                List<ProjectState> projects = engine.projects(all ? ContainerScope.ALL : ContainerScope.RUNNING);
                if (quiet) {
                    projects.forEach(p -> caller.out().println(p.projectName()));
                } else if (format.equals("json")) {
                    caller.out().println(projects.stream().map(p -> "{\"Name\":" + Progress.jsonString(p.projectName())
                            + ",\"Status\":" + Progress.jsonString(status(p)) + ",\"ConfigFiles\":"
                            + Progress.jsonString(files(p)) + "}").collect(Collectors.joining(",", "[", "]")));
                } else {
                    List<List<String>> rows = new ArrayList<>();
                    rows.add(List.of("NAME", "STATUS", "CONFIG FILES"));
                    projects.forEach(p -> rows.add(List.of(p.projectName(), status(p), files(p))));
                    caller.out().print(Table.WIDE.render(rows));
                }
            }
            return 0;
        }

        /** "exited(1), running(2)", states sorted, as the reference prints. */
        static String status(ProjectState p) {
            Map<String, Integer> counts = new TreeMap<>();
            p.containers().forEach(c -> counts.merge(c.state(), 1, Integer::sum));
            return counts.entrySet().stream().map(e -> e.getKey() + "(" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
        }

        private static String files(ProjectState p) {
            return p.containers().isEmpty() ? "" : p.containers().getFirst().labels().getOrDefault(Labels.CONFIG_FILES, "");
        }
    }

    @Command(name = "images", description = "List images used by the created containers")
    static final class Images implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = {"-q", "--quiet"}) boolean quiet;
        @Option(names = "--format", paramLabel = "table|json") String format = "table";
        @Parameters(paramLabel = "SERVICE") List<String> services = new ArrayList<>();

        /** One row per container (the reference's columns), its image looked up once. */
        public Integer call() throws Exception {
            Invocation caller = GlobalOptions.inherited(spec).caller();
            Loaded loaded = Loaded.optional(GlobalOptions.inherited(spec));
            try (ComposeEngine engine = EngineConnection.open(caller)) {
                List<ContainerImage> cs = engine.images(loaded.name(), services);
                if (quiet) {
                    cs.stream().filter(i -> i.id() != null).map(i -> i.id().replace("sha256:", ""))
                            .distinct().sorted().forEach(caller.out()::println);
                    return 0;
                }
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("CONTAINER", "REPOSITORY", "TAG", "PLATFORM", "IMAGE ID", "SIZE", "CREATED"));
                List<String> objects = new ArrayList<>();
                for (ContainerImage d : cs) {
                    ContainerState c = d.container();
                    int colon = c.image().lastIndexOf(':');
                    boolean tagged = colon > c.image().lastIndexOf('/');
                    String repository = tagged ? c.image().substring(0, colon) : c.image();
                    String tag = tagged ? c.image().substring(colon + 1) : "latest";
                    String id = d.id() == null ? "" : d.id();
                    rows.add(List.of(c.name(), repository, tag, d.platform(), PsCommand.shortId(id),
                            d.id() == null ? "" : Human.size(d.size()),
                            d.id() == null ? "" : Human.ago(d.createdEpochSeconds())));
                    objects.add("{\"ID\":" + Progress.jsonString(id) + ",\"ContainerName\":" + Progress.jsonString(c.name())
                            + ",\"Repository\":" + Progress.jsonString(repository) + ",\"Tag\":" + Progress.jsonString(tag)
                            + ",\"Platform\":" + Progress.jsonString(d.platform()) + ",\"Size\":"
                            + d.size() + "}");
                }
                caller.out().print(format.equals("json") ? String.join(",", objects).transform(j -> "[" + j + "]\n")
                        : Table.WIDE.render(rows));
            }
            return 0;
        }
    }

    @Command(name = "events", description = "Receive real time events from containers")
    static final class Events implements Callable<Integer> {
        private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
        @Spec CommandSpec spec;
        @Option(names = "--json", description = "Output events as a stream of json objects") boolean json;
        @Parameters(paramLabel = "SERVICE") List<String> services = new ArrayList<>();

        /** The engine's container events of the project, as the reference prints them, until Ctrl-C. */
        public Integer call() throws Exception {
            Invocation caller = GlobalOptions.inherited(spec).caller();
            Loaded loaded = Loaded.optional(GlobalOptions.inherited(spec));
            CountDownLatch forever = new CountDownLatch(1);
            ZoneId zone = TimeArgument.zone(caller.environment());
            try (ComposeEngine engine = EngineConnection.open(caller);
                 Subscription ignored = engine.events(loaded.name(), services, e -> print(e, zone, caller.out()))) {
                forever.await(); // until Ctrl-C
            }
            return 0;
        }

        private synchronized void print(ContainerEvent e, ZoneId zone, PrintStream out) {
            String service = e.attributes().getOrDefault(Labels.SERVICE, "");
            // the compose labels are left out, as the reference does; the rest (image, name, exit code...) stays
            Map<String, String> attributes = new TreeMap<>();
            e.attributes().forEach((k, v) -> {
                if (!k.startsWith("com.docker.compose.")) {
                    attributes.put(k, v);
                }
            });
            var at = Instant.ofEpochSecond(0, e.timeNanos()).atZone(zone);
            if (json) {
                out.println("{\"action\":" + Progress.jsonString(e.action()) + ",\"attributes\":"
                        + attributes.entrySet().stream().map(a -> Progress.jsonString(a.getKey()) + ":"
                                + Progress.jsonString(a.getValue())).collect(Collectors.joining(",", "{", "}"))
                        + ",\"id\":" + Progress.jsonString(e.actorId()) + ",\"service\":" + Progress.jsonString(service)
                        + ",\"time\":" + Progress.jsonString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at))
                        + ",\"type\":\"container\"}");
            } else {
                // the reference ends each event with an empty line
                out.println(TEXT_TIME.format(at) + " container " + e.action() + " " + e.actorId()
                        + (attributes.isEmpty() ? "" : attributes.entrySet().stream().map(a -> a.getKey() + "=" + a.getValue())
                                .collect(Collectors.joining(", ", " (", ")"))) + "\n");
            }
            out.flush();
        }
    }
}
