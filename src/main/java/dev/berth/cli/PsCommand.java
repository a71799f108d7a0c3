package dev.berth.cli;

import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerState;
import dev.berth.engine.ProjectState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ps}: list the project's containers. */
@Command(name = "ps", description = "List containers")
final class PsCommand implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Option(names = {"-a", "--all"}) boolean all;
    @Option(names = "--services") boolean servicesOnly;
    @Option(names = {"-q", "--quiet"}) boolean quiet;
    @Option(names = "--status", paramLabel = "STATUS") List<String> status = new ArrayList<>();
    @Option(names = "--format", paramLabel = "table|json") String format = "table";
    @Parameters(paramLabel = "SERVICE") List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Loaded loaded = Loaded.optional(global);
        try (ComposeEngine engine = EngineConnection.open()) {
            ProjectState state = engine.state(loaded.name(), all || !status.isEmpty());
            List<ContainerState> shown = state.containers().stream()
                    .filter(c -> services.isEmpty() || services.contains(c.serviceName()))
                    .filter(c -> status.isEmpty() || status.contains(c.state()))
                    .toList();
            if (servicesOnly) {
                shown.stream().map(ContainerState::serviceName).distinct().sorted().forEach(System.out::println);
            } else if (quiet) {
                shown.forEach(c -> System.out.println(c.id()));
            } else if (format.equals("json")) {
                shown.forEach(c -> System.out.println(json(c, loaded.name())));
            } else {
                table(shown);
            }
        }
        return 0;
    }

    private static void table(List<ContainerState> cs) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"});
        for (ContainerState c : cs) {
            rows.add(new String[] {c.name(), c.image(), "\"" + abbreviate(c.command()) + "\"", c.serviceName(),
                    ago(c.createdEpochSeconds()), c.status(), ports(c)});
        }
        int[] width = new int[7];
        rows.forEach(r -> {
            for (int i = 0; i < 7; i++) {
                width[i] = Math.max(width[i], r[i] == null ? 0 : r[i].length());
            }
        });
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 7; i++) {
                String v = r[i] == null ? "" : r[i];
                line.append(i < 6 ? v + " ".repeat(width[i] - v.length() + 3) : v);
            }
            System.out.println(line.toString().stripTrailing());
        }
    }

    private static String abbreviate(String command) {
        String c = command == null ? "" : command;
        return c.length() > 20 ? c.substring(0, 19) + "…" : c;
    }

    static String ports(ContainerState c) {
        return c.ports().stream().filter(p -> p.hostPort() != 0).map(Object::toString).distinct()
                .collect(Collectors.joining(", "));
    }

    private static String ago(long epochSeconds) {
        Duration d = Duration.between(Instant.ofEpochSecond(epochSeconds), Instant.now());
        if (d.toMinutes() < 1) {
            return d.toSeconds() + " seconds ago";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " minutes ago";
        }
        return d.toHours() < 48 ? d.toHours() + " hours ago" : d.toDays() + " days ago";
    }

    private static String json(ContainerState c, String project) {
        return "{" + String.join(",",
                field("Command", c.command() == null ? "" : "\"" + c.command() + "\""),
                "\"ExitCode\":" + (c.exitCode() == null ? 0 : c.exitCode()),
                field("Health", c.health() == null ? "" : c.health()),
                field("ID", c.id()), field("Image", c.image()), field("Name", c.name()),
                field("Networks", String.join(",", c.networks())), field("Ports", ports(c)),
                field("Project", project), field("Service", c.serviceName()), field("State", c.state()),
                field("Status", c.status()),
                "\"Publishers\":[" + c.ports().stream().map(p -> "{\"URL\":\"" + (p.hostIp() == null ? "" : p.hostIp())
                        + "\",\"TargetPort\":" + p.containerPort() + ",\"PublishedPort\":" + p.hostPort()
                        + ",\"Protocol\":\"" + p.protocol() + "\"}").collect(Collectors.joining(",")) + "]") + "}";
    }

    private static String field(String key, String value) {
        String v = value == null ? "" : value;
        return "\"" + key + "\":\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
