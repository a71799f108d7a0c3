package dev.berth.cli;

import dev.berth.cli.progress.Progress;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.VolumeDetails;
import dev.berth.engine.EngineException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code volumes}: the project's volumes as the engine CLI lists them (table, {@code -q}, json, templates). */
@Command(name = "volumes", description = "List volumes")
final class VolumesCommand implements Callable<Integer> {
    private static final Map<String, String> HEADERS = Map.of("Name", "VOLUME NAME");
    @Mixin GlobalOptions global;
    @Option(names = "--format", paramLabel = "FORMAT", description = "Format output using a custom template: "
            + "'table' (default), 'table TEMPLATE', 'json' or 'TEMPLATE'") String format = "table";
    @Option(names = {"-q", "--quiet"}, description = "Only display volume names") boolean quiet;
    @Parameters(paramLabel = "SERVICE") List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Invocation io = global.caller();
        Loaded loaded = Loaded.optional(global);
        if (loaded.project() != null) {
            for (String s : services) {
                if (!loaded.project().services().containsKey(s)) {
                    throw new EngineException(EngineException.Reason.NOT_FOUND, "no such service: " + s);
                }
            }
        }
        List<VolumeDetails> volumes;
        try (ComposeEngine engine = EngineConnection.open(global.caller())) {
            volumes = engine.volumes(loaded.name(), services);
        }
        if (quiet) {
            volumes.forEach(v -> io.out().println(v.name()));
        } else if (format.equals("json")) {
            volumes.forEach(v -> io.out().println(fields(v).entrySet().stream()
                    .map(e -> Progress.jsonString(e.getKey()) + ":" + Progress.jsonString(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"))));
        } else {
            String template = format.equals("table") ? "table {{.Driver}}\t{{.Name}}" : format;
            io.out().print(PsTemplate.parse(template).render(volumes.stream().map(VolumesCommand::fields).toList(),
                    HEADERS, Table.FORMATTER));
        }
        return 0;
    }

    /** The engine CLI's volume fields, in its JSON order; what the list call does not tell is "N/A" as there. */
    static Map<String, String> fields(VolumeDetails v) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Availability", "N/A");
        f.put("Driver", v.driver());
        f.put("Group", "N/A");
        // Go prints its map in random order; sorted here, so that output can be compared.
        f.put("Labels", new java.util.TreeMap<>(v.labels()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",")));
        f.put("Links", "N/A");
        f.put("Mountpoint", v.mountpoint());
        f.put("Name", v.name());
        f.put("Scope", v.scope());
        f.put("Size", "N/A");
        f.put("Status", "N/A");
        return f;
    }
}
