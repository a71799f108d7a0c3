package dev.berth.cli;

import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerState;
import dev.berth.engine.EngineEvent;
import dev.berth.engine.Labels;
import dev.berth.engine.ProjectState;
import dev.berth.engine.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** ls, images and events: views over the engine's projects. */
final class ProjectCommands {
    private ProjectCommands() {}

    @Command(name = "ls", description = "List running compose projects")
    static final class Ls implements Callable<Integer> {
        @Option(names = {"-a", "--all"}) boolean all;
        @Option(names = {"-q", "--quiet"}) boolean quiet;
        @Option(names = "--format") String format = "table";

        public Integer call() {
            try (ComposeEngine engine = EngineConnection.open()) {
                List<ProjectState> projects = engine.projects(all);
                if (quiet) {
                    projects.forEach(p -> System.out.println(p.projectName()));
                } else if (format.equals("json")) {
                    System.out.println(projects.stream().map(p -> "{\"Name\":\"" + p.projectName() + "\",\"Status\":\""
                            + status(p) + "\",\"ConfigFiles\":\"" + files(p) + "\"}").collect(Collectors.joining(",", "[", "]")));
                } else {
                    System.out.printf("%-20s%-20s%s%n", "NAME", "STATUS", "CONFIG FILES");
                    projects.forEach(p -> System.out.printf("%-20s%-20s%s%n", p.projectName(), status(p), files(p)));
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

        public Integer call() throws Exception {
            Loaded loaded = Loaded.optional(GlobalOptions.inherited(spec));
            try (ComposeEngine engine = EngineConnection.open()) {
                List<ContainerState> cs = engine.state(loaded.name(), true).containers();
                if (!quiet) {
                    System.out.printf("%-30s%-30s%-12s%s%n", "CONTAINER", "REPOSITORY", "TAG", "IMAGE ID");
                }
                for (ContainerState c : cs) {
                    String id = c.labels().getOrDefault(Labels.IMAGE, "").replace("sha256:", "");
                    id = id.length() > 12 ? id.substring(0, 12) : id;
                    int colon = c.image().lastIndexOf(':');
                    boolean tagged = colon > c.image().lastIndexOf('/');
                    if (quiet) {
                        System.out.println(id);
                    } else {
                        System.out.printf("%-30s%-30s%-12s%s%n", c.name(), tagged ? c.image().substring(0, colon) : c.image(),
                                tagged ? c.image().substring(colon + 1) : "latest", id);
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "events", description = "Receive real time events from containers")
    static final class Events implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--json") boolean json;

        public Integer call() throws Exception {
            Loaded loaded = Loaded.optional(GlobalOptions.inherited(spec));
            CountDownLatch forever = new CountDownLatch(1);
            try (ComposeEngine engine = EngineConnection.open();
                 Subscription ignored = engine.watch(loaded.name(), e -> print(e, json))) {
                forever.await(); // until Ctrl-C
            }
            return 0;
        }

        private static synchronized void print(EngineEvent e, boolean json) {
            if (!(e instanceof EngineEvent.ResourceChanged r)) {
                return;
            }
            String action = r.phase().name().toLowerCase();
            if (json) {
                System.out.println("{\"time\":\"" + Instant.now() + "\",\"type\":\"container\",\"action\":\"" + action
                        + "\",\"id\":\"" + r.resourceName() + "\",\"service\":\"" + r.serviceName() + "\",\"attributes\":{"
                        + (r.exitCode() == null ? "" : "\"exitCode\":\"" + r.exitCode() + "\"") + "}}");
            } else {
                System.out.println(Instant.now() + " container " + action + " " + r.resourceName());
            }
            System.out.flush();
        }
    }
}
