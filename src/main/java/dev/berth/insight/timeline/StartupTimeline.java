package dev.berth.insight.timeline;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.engine.ContainerEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The start-up of a project as the engine's events tell it: per service when it was created, started, healthy or
 * exited; every depends_on gate and when it opened; and the critical path, the chain that decided the total.
 * {@code begin} is the time the path starts from (the up's start, or the first event).
 */
public record StartupTimeline(long begin, SortedMap<String, ServiceTimes> services, List<Gate> gates,
                              List<Step> criticalPath) {

    public StartupTimeline {
        services = new TreeMap<>(services);
        gates = List.copyOf(gates);
        criticalPath = List.copyOf(criticalPath);
    }

    /** From the events recorded during an up; {@code begin} null: the first event's time. */
    public static StartupTimeline of(Project project, List<ContainerEvent> events, Long begin) {
        return of(project, EventTimes.of(events), begin);
    }

    /** From service times already gathered (tests build them by hand). */
    public static StartupTimeline of(Project project, Map<String, ServiceTimes> times, Long begin) {
        long start = begin != null ? begin : times.values().stream().map(ServiceTimes::created)
                .filter(java.util.Objects::nonNull).min(Long::compare).orElse(0L);
        List<Gate> gates = gates(project, times);
        return new StartupTimeline(start, new TreeMap<>(times), gates, CriticalPath.of(start, times, gates));
    }

    private static List<Gate> gates(Project project, Map<String, ServiceTimes> times) {
        List<Gate> gates = new ArrayList<>();
        for (String name : new TreeMap<>(project.services()).keySet()) {
            Service s = project.services().get(name);
            if (!times.containsKey(name)) {
                continue;
            }
            for (DependsOn d : new TreeMap<>(s.dependsOn()).values()) {
                gates.add(new Gate(name, d.serviceName(), d.condition(),
                        Gate.openedBy(times.get(d.serviceName()), d.condition())));
            }
        }
        return gates;
    }

    /** The time from {@link #begin} to the end of the critical path. */
    public Duration total() {
        return criticalPath.isEmpty() ? Duration.ZERO
                : Duration.ofNanos(Math.max(0, criticalPath.getLast().to() - begin));
    }

    /** Seconds since {@link #begin} of an engine time. */
    public double seconds(long time) {
        return (time - begin) / 1e9;
    }

    /** The gates a service waited on. */
    public List<Gate> gatesOf(String waiter) {
        return gates.stream().filter(g -> g.waiter().equals(waiter)).toList();
    }
}
