package dev.berth.insight.stats;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Containers' samples folded into one per service, as a box or a chart shows a service: CPU, memory, limits and rates
 * summed over its replicas (three replicas at 10 % are 30 % of a core), stamped with the newest sample's time.
 */
public final class UsageFold {
    private UsageFold() {}

    /** Per service, from the last sample of each container; samples older than {@code oldestMillis} are left out. */
    public static Map<String, ServiceUsage> byService(Collection<ServiceUsage> lastOfEachContainer, long oldestMillis) {
        Map<String, List<ServiceUsage>> groups = lastOfEachContainer.stream().filter(u -> u.atMillis() >= oldestMillis)
                .collect(Collectors.groupingBy(ServiceUsage::serviceName, TreeMap::new, Collectors.toList()));
        Map<String, ServiceUsage> out = new TreeMap<>();
        groups.forEach((service, samples) -> out.put(service, fold(service, samples)));
        return out;
    }

    static ServiceUsage fold(String service, List<ServiceUsage> samples) {
        if (samples.size() == 1) {
            return samples.getFirst();
        }
        long at = 0;
        double cpu = 0, rx = 0, tx = 0, read = 0, write = 0;
        long memory = 0, limit = 0;
        for (ServiceUsage u : samples) {
            at = Math.max(at, u.atMillis());
            cpu += u.cpuPercent();
            memory += u.memoryBytes();
            limit += u.memoryLimitBytes();
            rx += u.netRxPerSecond();
            tx += u.netTxPerSecond();
            read += u.blockReadPerSecond();
            write += u.blockWritePerSecond();
        }
        return new ServiceUsage(service, samples.size() + " containers", at, cpu, memory, limit, rx, tx, read, write);
    }
}
