package dev.berth.insight.timeline;

import dev.berth.compose.model.Healthcheck;
import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerEvent;
import dev.berth.engine.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records the engine's container events of a project while an up runs, so the timeline is built from the engine's
 * own timestamps. Open it before the up; {@link #settle} waits (on the events, not by polling) until every service
 * the up created has started, and every one with a healthcheck has reported its health, or the time is up.
 */
public final class TimelineRecorder implements AutoCloseable {
    private final List<ContainerEvent> events = new ArrayList<>();
    private final Subscription subscription;
    private final long begin;

    private TimelineRecorder(ComposeEngine engine, String projectName, long beginNanos) {
        this.begin = beginNanos;
        this.subscription = engine.events(projectName, List.of(), this::add);
    }

    /** Starts recording; {@code beginNanos} is the up's start on the engine host's clock (epoch nanoseconds). */
    public static TimelineRecorder start(ComposeEngine engine, String projectName, long beginNanos) {
        return new TimelineRecorder(engine, projectName, beginNanos);
    }

    private synchronized void add(ContainerEvent e) {
        events.add(e);
        notifyAll();
    }

    /** Waits until the services the up touched are started and report their health, at most {@code timeout}. */
    public synchronized StartupTimeline settle(Project project, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!settled(project)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return timeline(project);
    }

    /** The timeline of what was recorded so far. */
    public synchronized StartupTimeline timeline(Project project) {
        long first = events.stream().mapToLong(ContainerEvent::timeNanos).min().orElse(begin);
        return StartupTimeline.of(project, List.copyOf(events), Math.min(begin, first));
    }

    private boolean settled(Project project) {
        Map<String, ServiceTimes> times = EventTimes.of(events);
        for (ServiceTimes t : times.values()) {
            var service = project.services().get(t.serviceName());
            if (service == null || t.created() == null) {
                continue;
            }
            if (t.started() == null || waitsForHealth(service.healthcheck()) && t.healthy() == null
                    && t.unhealthy() == null && t.exited() == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean waitsForHealth(Healthcheck hc) {
        return hc != null && !hc.disable() && !hc.test().isEmpty() && !"NONE".equals(hc.test().getFirst());
    }

    @Override
    public void close() {
        subscription.close();
    }
}
