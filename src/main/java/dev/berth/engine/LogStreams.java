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
    private final Set<String> createdWhileFollowing = new HashSet<>();
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
            logs.starts = gateway.events(Map.of("type", List.of("container"), "event", List.of("create", "start"),
                    "label", List.of(Labels.PROJECT + "=" + projectName)), logs::onEvent);
        }
        for (ContainerState c : gateway.containers(List.of(Labels.PROJECT + "=" + projectName), true)) {
            // Attached up reports each stop: a container stopped before it started is not one of them.
            if (!c.oneOff() && (c.running() || !options.reportExits())) {
                logs.attach(c.id(), c.name(), c.serviceName(), String.valueOf(c.number()), options.tail(), options.since());
            }
        }
        return logs;
    }

    /**
     * A container created while following is attached at its start with all its output: its first lines can be
     * older than the start event (the process writes before the engine reports it started). One that ran before is
     * attached from that start on, not its earlier runs again.
     */
    private void onEvent(DockerGateway.DockerEvent e) {
        if ("create".equals(e.action())) {
            synchronized (this) {
                createdWhileFollowing.add(e.actorId());
            }
            return;
        }
        if (!"start".equals(e.action())) {
            return;
        }
        boolean created;
        synchronized (this) {
            created = createdWhileFollowing.remove(e.actorId());
        }
        attach(e.actorId(), e.attributes().getOrDefault("name", e.actorId()), e.attributes().get(Labels.SERVICE),
                e.attributes().get(Labels.NUMBER), null, created ? options.since() : sinceStart(e.timeNanos()));
    }

    /** A container (re)started while following: its output from that start on, not its earlier runs again. */
    private Instant sinceStart(long startNanos) {
        Instant start = startNanos == 0 ? null : Instant.ofEpochSecond(0, startNanos);
        return start == null || (options.since() != null && options.since().isAfter(start)) ? options.since() : start;
    }

    private void attach(String id, String name, String service, String number, Integer tail, Instant since) {
        if (service == null || (!options.services().isEmpty() && !options.services().contains(service))
                || (options.index() != null && !String.valueOf(options.index()).equals(number))) {
            return;
        }
        synchronized (this) {
            if (closed || !attached.add(id)) {
                return;
            }
            open++;
        }
        Attachment a = new Attachment(tail == null, since);
        Subscription s = gateway.logs(id, options.follow(), tail, since, options.until(), options.timestamps(),
                chunk -> {
                    a.lines.incrementAndGet();
                    emit(service, name, chunk);
                },
                () -> ended(id, name, service, a));
        synchronized (this) {
            streams.add(s);
        }
    }

    /** One followed stream: how it began, and how many lines it gave. */
    private record Attachment(boolean whole, Instant since, java.util.concurrent.atomic.AtomicInteger lines) {
        Attachment(boolean whole, Instant since) {
            this(whole, since, new java.util.concurrent.atomic.AtomicInteger());
        }
    }

    private void emit(String service, String name, DockerGateway.LogChunk chunk) {
        sink.accept(new EngineEvent.LogLine(service, name, chunk.stderr(), Instant.now(), chunk.line()));
    }

    /**
     * A followed stream of a container that stopped right as it was attached can end before the engine has
     * handed over its last lines (seen under load: a one-line container lost its line). Read the same window
     * once more and print what the stream did not.
     */
    private void catchUp(String id, String name, String service, Attachment a) {
        int seen = a.lines().get();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger index = new java.util.concurrent.atomic.AtomicInteger();
        Subscription again;
        try {
            again = gateway.logs(id, false, null, a.since(), options.until(), options.timestamps(), chunk -> {
                if (index.getAndIncrement() >= seen) {
                    emit(service, name, chunk);
                }
            }, done::countDown);
        } catch (EngineException gone) {
            return; // removed meanwhile: what the stream gave is all there is
        }
        try {
            done.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            again.close();
        }
    }

    private void ended(String id, String name, String service, Attachment a) {
        boolean report;
        synchronized (this) {
            report = options.reportExits() && !closed;
        }
        if (report) {
            ContainerState now;
            try {
                now = gateway.inspect(id);
            } catch (EngineException e) {
                now = null; // the engine went away: the stream's end is all we can tell
            }
            if (now != null && !now.running()) {
                if (a.whole()) {
                    catchUp(id, name, service, a); // stopped, not restarted: the window holds this run only
                }
                sink.accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, name, service,
                        EngineEvent.Phase.EXITED, null, now.exitCode()));
            }
        }
        synchronized (this) {
            open--;
            if (!closed) {
                attached.remove(id); // a restart attaches it again
            }
            notifyAll();
        }
    }

    @Override
    public void awaitEnd() throws InterruptedException {
        if (options.follow()) {
            // A start event may still be in flight: attach whatever runs now before counting open streams.
            for (ContainerState c : gateway.containers(List.of(Labels.PROJECT + "=" + projectName), false)) {
                if (!c.oneOff()) {
                    attach(c.id(), c.name(), c.serviceName(), String.valueOf(c.number()), null, options.since());
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
