package dev.berth.insight.stats;

import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerState;
import dev.berth.engine.StatsSample;
import dev.berth.engine.Subscription;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Live stats streams for exactly the containers it is told to follow: {@link #follow} opens streams for new ones and
 * closes those no longer listed, so a view streams only what it shows; {@link #close} ends them all.
 */
public final class StatsFeed implements AutoCloseable {
    private final ComposeEngine engine;
    private final Consumer<ServiceUsage> onUsage;
    private final Map<String, Subscription> streams = new java.util.concurrent.ConcurrentHashMap<>();

    public StatsFeed(ComposeEngine engine, Consumer<ServiceUsage> onUsage) {
        this.engine = engine;
        this.onUsage = onUsage;
    }

    /** Streams the running ones among {@code containers}, and stops every other stream. */
    public synchronized void follow(List<ContainerState> containers) {
        Map<String, ContainerState> running = containers.stream().filter(c -> "running".equals(c.state()))
                .collect(Collectors.toMap(ContainerState::id, c -> c, (a, b) -> a));
        for (String id : Set.copyOf(streams.keySet())) {
            if (!running.containsKey(id)) {
                streams.remove(id).close();
            }
        }
        running.values().forEach(c -> streams.computeIfAbsent(c.id(), id -> open(c)));
    }

    public synchronized int streaming() {
        return streams.size();
    }

    private Subscription open(ContainerState c) {
        StatsSample[] previous = new StatsSample[1];
        long[] previousAt = new long[1];
        String id = c.id();
        return engine.stats(id, true, s -> {
            long now = System.currentTimeMillis();
            ServiceUsage u = UsageFigures.of(c.serviceName(), c.name(), s, now, previous[0], previousAt[0]);
            previous[0] = s;
            previousAt[0] = now;
            onUsage.accept(u);
        }, () -> ended(id));
    }

    /** The engine ended a stream (the container stopped): forget it, without the feed's lock. */
    private void ended(String id) {
        streams.remove(id);
    }

    @Override
    public synchronized void close() {
        streams.values().forEach(Subscription::close);
        streams.clear();
    }
}
