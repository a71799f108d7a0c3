package dev.berth.cli;

import dev.berth.engine.ContainerState;
import dev.berth.engine.StatsSample;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One container's line of {@code stats}: the engine CLI's fields and their text, from one sample. */
final class StatsRow {
    /** The engine CLI's headers for the fields a template names. */
    static final Map<String, String> HEADERS = Map.of("Container", "CONTAINER", "ID", "CONTAINER ID", "Name", "NAME",
            "CPUPerc", "CPU %", "MemUsage", "MEM USAGE / LIMIT", "MemPerc", "MEM %", "NetIO", "NET I/O",
            "BlockIO", "BLOCK I/O", "PIDs", "PIDS");
    static final String DEFAULT_TABLE =
            "table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}";

    private StatsRow() {}

    /** The fields in the order of the engine CLI's JSON (sorted by name); {@code sample} null: all zero. */
    static Map<String, String> fields(ContainerState c, StatsSample sample, boolean truncate) {
        StatsSample s = sample == null ? new StatsSample(null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) : sample;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("BlockIO", GoUnits.decimal(s.blockRead(), 3) + " / " + GoUnits.decimal(s.blockWrite(), 3));
        f.put("CPUPerc", percent(cpuPercent(s)));
        f.put("Container", c.id());
        f.put("ID", truncate ? c.id().substring(0, Math.min(12, c.id().length())) : c.id());
        f.put("MemPerc", percent(s.memoryLimit() == 0 ? 0 : (double) s.memoryUsage() / s.memoryLimit() * 100));
        f.put("MemUsage", GoUnits.binary(s.memoryUsage()) + " / " + GoUnits.binary(s.memoryLimit()));
        f.put("Name", c.name());
        f.put("NetIO", GoUnits.decimal(s.netRx(), 3) + " / " + GoUnits.decimal(s.netTx(), 3));
        f.put("PIDs", Long.toString(s.pids()));
        return f;
    }

    /** The container's share of the host's CPUs since the sample before, as the engine's CLI computes it. */
    static double cpuPercent(StatsSample s) {
        double cpuDelta = (double) s.cpuTotal() - s.preCpuTotal();
        double systemDelta = (double) s.systemCpu() - s.preSystemCpu();
        if (systemDelta > 0 && cpuDelta > 0) {
            return cpuDelta / systemDelta * s.onlineCpus() * 100;
        }
        return 0;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }
}
