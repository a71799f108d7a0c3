package dev.berth.insight.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The chain of steps that decided when the last service was ready: walking back from the service that finished last,
 * each start is explained by the gate that opened last before it (when that gate held it past its creation), else by
 * its creation; each healthy or completed by its start.
 */
final class CriticalPath {
    private CriticalPath() {}

    static List<Step> of(long begin, Map<String, ServiceTimes> times, List<Gate> gates) {
        ServiceTimes last = times.values().stream().filter(t -> t.finish() != null)
                .max(Comparator.comparingLong(ServiceTimes::finish).thenComparing(ServiceTimes::serviceName,
                        Comparator.reverseOrder()))
                .orElse(null);
        List<Step> steps = new ArrayList<>();
        if (last == null) {
            return steps;
        }
        ServiceTimes at = last;
        Long until = last.finish();
        while (at != null) {
            at = back(at, until, begin, times, gates, steps);
            until = steps.isEmpty() ? null : steps.getLast().from();
        }
        Collections.reverse(steps);
        return steps;
    }

    /** Adds the steps of one service ending at {@code until}; returns the service before it on the path, or null. */
    private static ServiceTimes back(ServiceTimes s, long until, long begin, Map<String, ServiceTimes> times,
                                     List<Gate> gates, List<Step> steps) {
        String name = s.serviceName();
        if (s.started() == null || until < s.started()) {
            addPrepare(s, until, begin, steps);
            return null;
        }
        if (until > s.started()) {
            boolean healthy = Objects.equals(until, s.healthy());
            steps.add(new Step(name, healthy ? Step.Kind.HEALTH : Step.Kind.RUN, s.started(), until, null));
        }
        Gate binding = bindingGate(s, gates);
        if (binding != null) {
            steps.add(new Step(name, Step.Kind.GATE, binding.opened(), s.started(), binding));
            return times.get(binding.dependency());
        }
        if (s.created() != null && s.created() < s.started()) {
            steps.add(new Step(name, Step.Kind.START, s.created(), s.started(), null));
            addPrepare(s, s.created(), begin, steps);
        } else {
            addPrepare(s, s.started(), begin, steps);
        }
        return null;
    }

    private static void addPrepare(ServiceTimes s, long until, long begin, List<Step> steps) {
        if (until > begin) {
            steps.add(new Step(s.serviceName(), Step.Kind.PREPARE, begin, until, null));
        }
    }

    /** The gate that opened last before the service started, if it held the service past its creation. */
    static Gate bindingGate(ServiceTimes s, List<Gate> gates) {
        Gate binding = null;
        for (Gate g : gates) {
            if (!g.waiter().equals(s.serviceName()) || g.opened() == null || g.opened() > s.started()) {
                continue;
            }
            if (binding == null || g.opened() > binding.opened()) {
                binding = g;
            }
        }
        boolean held = binding != null && (s.created() == null || binding.opened() >= s.created());
        return held ? binding : null;
    }
}
