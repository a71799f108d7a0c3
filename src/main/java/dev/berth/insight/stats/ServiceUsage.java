package dev.berth.insight.stats;

/**
 * One container's resource use at one sample: CPU as a percentage of one core's time summed over cores (as the
 * engine's CLI shows it), memory in bytes against its limit (the host's memory when the service sets none), and
 * network and block I/O as bytes per second since the sample before (0 for the first).
 */
public record ServiceUsage(String serviceName, String containerName, long atMillis, double cpuPercent,
                           long memoryBytes, long memoryLimitBytes, double netRxPerSecond, double netTxPerSecond,
                           double blockReadPerSecond, double blockWritePerSecond) {

    /** Memory use as a share of the limit, 0 to 1. */
    public double memoryShare() {
        return memoryLimitBytes <= 0 ? 0 : Math.min(1, (double) memoryBytes / memoryLimitBytes);
    }
}
