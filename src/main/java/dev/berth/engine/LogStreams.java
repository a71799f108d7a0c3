package dev.berth.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams the logs of a project's containers as {@link EngineEvent.LogLine}s. With follow, containers started
 * later are attached too (found through the engine's start events), and the stream ends when every attached
 * container's stream has ended.
 */
final class LogStreams implements Subscription {
    private final DockerGateway gateway;
    private final LogOptions options;
    private final EventSink sink;
    private final Set<String> attached = new HashSet<>();
    private String projectName;
    private final List<Subscription> streams = new ArrayList<>();
    private Subscription starts;
    private int open;
    private boolean closed;

    private LogStreams(DockerGateway gateway, LogOptions options, EventSink sink) {
        this.gateway = gateway;
        this.options = options;
        this.sink = sink;
    }

    static LogStreams open(DockerGateway gateway, String projectName, LogOptions options, EventSink sink) {
        LogStreams logs = new LogStreams(gateway, options, sink);
        logs.projectName = projectName;
        if (options.follow()) {
            logs.starts = gateway.events(Map.of("type", List.of("container"), "event", List.of("start"),
                    "label", List.of(Labels.PROJECT + "=" + projectName)), e -> logs.attach(e.actorId(),
                    e.attributes().getOrDefault("name", e.actorId()), e.attributes().get(Labels.SERVICE), null));
        }
        for (ContainerState c : gateway.containers(List.of(Labels.PROJECT + "=" + projectName), true)) {
            if (!c.oneOff()) {
                logs.attach(c.id(), c.name(), c.serviceName(), options.tail());
            }
        }
        return logs;
    }

    private void attach(String id, String name, String service, Integer tail) {
        if (service == null || (!options.services().isEmpty() && !options.services().contains(service))) {
            return;
        }
        synchronized (this) {
            if (closed || !attached.add(id)) {
                return;
            }
            open++;
        }
        Subscription s = gateway.logs(id, options.follow(), tail, options.since(), options.timestamps(),
                chunk -> sink.accept(new EngineEvent.LogLine(service, name, chunk.stderr(), Instant.now(), chunk.line())),
                this::ended);
        synchronized (this) {
            streams.add(s);
        }
    }

    private synchronized void ended() {
        open--;
        notifyAll();
    }

    @Override
    public void awaitEnd() throws InterruptedException {
        if (options.follow()) {
            // A start event may still be in flight: attach whatever runs now before counting open streams.
            for (ContainerState c : gateway.containers(List.of(Labels.PROJECT + "=" + projectName), false)) {
                if (!c.oneOff()) {
                    attach(c.id(), c.name(), c.serviceName(), null);
                }
            }
        }
        synchronized (this) {
            while (open > 0 && !closed) {
                wait();
            }
        }
    }

    @Override
    public void close() {
        List<Subscription> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(streams);
            notifyAll();
        }
        if (starts != null) {
            starts.close();
        }
        all.forEach(Subscription::close);
    }
}
