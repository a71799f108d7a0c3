package dev.berth.insight.stats;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last samples of one service, oldest first, at most {@code capacity} (a chart of the last minutes). */
public final class UsageHistory {
    private final int capacity;
    private final Deque<ServiceUsage> samples = new ArrayDeque<>();

    public UsageHistory(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(ServiceUsage u) {
        samples.addLast(u);
        while (samples.size() > capacity) {
            samples.removeFirst();
        }
    }

    public synchronized List<ServiceUsage> samples() {
        return List.copyOf(samples);
    }

    public synchronized ServiceUsage last() {
        return samples.peekLast();
    }
}
