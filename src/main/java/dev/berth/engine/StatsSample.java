package dev.berth.engine;

/**
 * One stats sample, in the engine's units: CPU times in nanoseconds ({@code pre*}: the sample before),
 * memory in bytes without the page cache, network and block I/O totals in bytes.
 */
public record StatsSample(String name, long cpuTotal, long preCpuTotal, long systemCpu, long preSystemCpu, int onlineCpus,
                          long memoryUsage, long memoryLimit, long netRx, long netTx, long blockRead, long blockWrite,
                          long pids) {}
