package dev.berth.cli;

import dev.berth.cli.progress.Progress;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerScope;
import dev.berth.engine.ContainerState;
import dev.berth.engine.ProjectState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ps}: list the project's containers. */
@Command(name = "ps", description = "List containers")
final class PsCommand implements Callable<Integer> {
    /** Go's default time format, as the engine's CLI prints CreatedAt. */
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z z");

    @Mixin GlobalOptions global;
    @Option(names = {"-a", "--all"}) boolean all;
    @Option(names = "--services") boolean servicesOnly;
    @Option(names = {"-q", "--quiet"}) boolean quiet;
    @Option(names = "--status", paramLabel = "STATUS") List<String> status = new ArrayList<>();
    @Option(names = "--format", paramLabel = "table|json") String format = "table";
    @Option(names = "--no-trunc", description = "Don't truncate output") boolean noTrunc;
    @Option(names = "--filter", paramLabel = "status=STATUS", description = "Filter services by a property (supported filters: status)")
    String filter;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "SERVICE") List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (filter != null) {
            if (!filter.startsWith("status=")) {
                // the reference's words; status is the one filter it knows
                throw new ParameterException(spec.commandLine(),
                        "unknown filter " + filter.split("=", 2)[0]);
            }
            status.add(filter.substring("status=".length()));
        }
        Loaded loaded = Loaded.optional(global);
        try (ComposeEngine engine = EngineConnection.open(global.caller())) {
            ProjectState state = engine.state(loaded.name(), all || !status.isEmpty() ? ContainerScope.ALL : ContainerScope.RUNNING);
            List<ContainerState> shown = state.containers().stream()
                    .filter(c -> services.isEmpty() || services.contains(c.serviceName()))
                    .filter(c -> status.isEmpty() || status.contains(c.state()))
                    .toList();
            if (servicesOnly) {
                shown.stream().map(ContainerState::serviceName).distinct().sorted().forEach(global.caller().out()::println);
            } else if (quiet) {
                shown.forEach(c -> global.caller().out().println(c.id()));
            } else if (format.equals("json")) {
                ZoneId zone = TimeArgument.zone(global.caller().environment());
                shown.forEach(c -> global.caller().out().println(json(c, loaded.name(), !noTrunc, zone)));
            } else if (format.equals("table")) {
                global.caller().out().print(table(shown, !noTrunc));
            } else {
                ZoneId zone = TimeArgument.zone(global.caller().environment());
                global.caller().out().print(PsTemplate.parse(format).render(shown.stream()
                        .map(c -> fields(c, loaded.name(), !noTrunc, zone)).toList()));
            }
        }
        return 0;
    }

    private static String table(List<ContainerState> cs, boolean trunc) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"));
        for (ContainerState c : cs) {
            rows.add(List.of(c.name(), c.image(), command(c, trunc), c.serviceName(),
                    Human.ago(c.createdEpochSeconds()), c.status(), ports(c)));
        }
        return Table.PS.render(rows);
    }

    /** Quoted, and cut at 20 characters unless --no-trunc, as the engine's CLI shows it. */
    private static String command(ContainerState c, boolean trunc) {
        String command = c.command() == null ? "" : c.command();
        return "\"" + (trunc && command.length() > 20 ? command.substring(0, 19) + "…" : command) + "\"";
    }

    static String ports(ContainerState c) {
        return c.ports().stream().filter(p -> p.hostPort() != 0).map(Object::toString).distinct()
                .collect(Collectors.joining(", "));
    }

    /** The engine CLI's container fields by name, as text; IDs and names cut unless --no-trunc. */
    static Map<String, String> fields(ContainerState c, String project, boolean trunc, ZoneId zone) {
        Map<String, String> o = new TreeMap<>();
        o.put("Command", command(c, trunc));
        o.put("CreatedAt", CREATED_AT.format(Instant.ofEpochSecond(c.createdEpochSeconds()).atZone(zone)));
        o.put("ExitCode", String.valueOf(c.exitCode() == null ? 0 : c.exitCode()));
        o.put("Health", c.health() == null ? "" : c.health());
        o.put("ID", trunc ? shortId(c.id()) : c.id());
        o.put("Image", c.image());
        o.put("Labels", new TreeMap<>(c.labels()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",")));
        o.put("LocalVolumes", String.valueOf(c.mounts().stream().filter(m -> "local".equals(m.driver())).count()));
        o.put("Mounts", c.mounts().stream().map(m -> m.name() == null || m.name().isEmpty() ? m.source() : m.name())
                .map(n -> trunc ? shortId(n) : n).collect(Collectors.joining(",")));
        o.put("Name", c.name());
        o.put("Names", c.name());
        o.put("Networks", String.join(",", c.networks()));
        o.put("Ports", ports(c));
        o.put("Project", project);
        o.put("RunningFor", Human.ago(c.createdEpochSeconds()));
        o.put("Service", c.serviceName());
        o.put("Size", "0B");
        o.put("State", c.state());
        o.put("Status", c.status());
        return o;
    }

    /** The reference's object: those fields (ExitCode a number) and the published ports, keys in order. */
    private static String json(ContainerState c, String project, boolean trunc, ZoneId zone) {
        Map<String, String> o = new TreeMap<>();
        fields(c, project, trunc, zone).forEach((k, v) -> o.put(k, k.equals("ExitCode") ? v : quoted(v)));
        o.put("Publishers", c.ports().stream().map(p -> "{\"URL\":" + quoted(p.hostIp() == null ? "" : p.hostIp())
                + ",\"TargetPort\":" + p.containerPort() + ",\"PublishedPort\":" + p.hostPort() + ",\"Protocol\":"
                + quoted(p.protocol()) + "}").collect(Collectors.joining(",", "[", "]")));
        return o.entrySet().stream().map(e -> quoted(e.getKey()) + ":" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
    }

    /** The engine CLI's short form: no algorithm prefix, 12 characters. */
    static String shortId(String id) {
        String s = id == null ? "" : id.substring(id.indexOf(':') + 1);
        return s.length() > 12 ? s.substring(0, 12) : s;
    }

    private static String quoted(String s) {
        return Progress.jsonString(s == null ? "" : s);
    }
}
