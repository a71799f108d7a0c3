package dev.berth.insight.stats;

import dev.berth.engine.StatsSample;

/** Stats samples → {@link ServiceUsage}: CPU from the sample's own before/after counters, I/O rates between samples. */
public final class UsageFigures {
    private UsageFigures() {}

    /** {@code previous} may be null (the first sample: rates 0); times in milliseconds of the local clock. */
    public static ServiceUsage of(String serviceName, String containerName, StatsSample now, long nowMillis,
                                  StatsSample previous, long previousMillis) {
        double seconds = previous == null ? 0 : Math.max(0.001, (nowMillis - previousMillis) / 1000.0);
        return new ServiceUsage(serviceName, containerName, nowMillis, cpuPercent(now), now.memoryUsage(),
                now.memoryLimit(), rate(now.netRx(), previous == null ? 0 : previous.netRx(), seconds),
                rate(now.netTx(), previous == null ? 0 : previous.netTx(), seconds),
                rate(now.blockRead(), previous == null ? 0 : previous.blockRead(), seconds),
                rate(now.blockWrite(), previous == null ? 0 : previous.blockWrite(), seconds));
    }

    /** The container's CPU since the engine's sample before, times the online CPUs, as the engine's CLI has it. */
    static double cpuPercent(StatsSample s) {
        double cpuDelta = (double) s.cpuTotal() - s.preCpuTotal();
        double systemDelta = (double) s.systemCpu() - s.preSystemCpu();
        return systemDelta > 0 && cpuDelta > 0 ? cpuDelta / systemDelta * Math.max(1, s.onlineCpus()) * 100 : 0;
    }

    private static double rate(long now, long before, double seconds) {
        return seconds == 0 || now < before ? 0 : (now - before) / seconds;
    }
}
