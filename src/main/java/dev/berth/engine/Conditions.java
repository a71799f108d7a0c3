package dev.berth.engine;

import dev.berth.compose.model.DependsOn;
import dev.berth.engine.Tracker.LaneStatus;
import dev.berth.engine.Tracker.Live;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides, from the tracker's live state, whether a depends_on condition holds (an empty verdict = keep waiting).
 * Failures name the dependency's container, its state and, when unhealthy, its last healthcheck output.
 */
final class Conditions {
    /** The outcome of a wait: {@code failure} null means the condition holds. */
    record Verdict(String failure) {
        static final Verdict OK = new Verdict(null);

        boolean ok() {
            return failure == null;
        }
    }

    private final Tracker tracker;
    private final Function<String, String> healthOutput;

    Conditions(Tracker tracker, Function<String, String> healthOutput) {
        this.tracker = tracker;
        this.healthOutput = healthOutput;
    }

    Optional<Verdict> dependency(DependsOn d) {
        LaneStatus lane = tracker.lane(d.serviceName());
        if (lane == LaneStatus.FAILED) {
            return fail("service " + d.serviceName() + " failed: " + tracker.laneError(d.serviceName()));
        }
        if (lane == LaneStatus.PENDING) {
            return Optional.empty();
        }
        List<Live> cs = tracker.containersOf(d.serviceName());
        if (cs.isEmpty()) {
            return d.required() ? fail("service " + d.serviceName() + " has no container") : ok();
        }
        return switch (d.condition()) {
            case SERVICE_STARTED -> ok();
            case SERVICE_HEALTHY -> healthy(cs);
            case SERVICE_COMPLETED_SUCCESSFULLY -> completed(cs);
        };
    }

    /** {@code up --wait}: running, and healthy when the container has a healthcheck. */
    Optional<Verdict> ready(String serviceName) {
        List<Live> cs = tracker.containersOf(serviceName);
        for (Live c : cs) {
            if ("exited".equals(c.state()) || "dead".equals(c.state())) {
                if (c.exitCode() != null && c.exitCode() == 0) {
                    continue;
                }
                return fail("container " + c.name() + " exited (" + c.exitCode() + ")");
            }
            if ("unhealthy".equals(c.health())) {
                return unhealthy(c);
            }
            if (!"running".equals(c.state()) || (c.health() != null && !"healthy".equals(c.health()))) {
                return Optional.empty();
            }
        }
        return cs.isEmpty() ? Optional.empty() : ok();
    }

    private Optional<Verdict> healthy(List<Live> cs) {
        for (Live c : cs) {
            if ("unhealthy".equals(c.health())) {
                return unhealthy(c);
            }
            if ("exited".equals(c.state()) || "dead".equals(c.state())) {
                return fail("container " + c.name() + " exited (" + c.exitCode() + ")");
            }
            if ("running".equals(c.state()) && c.health() == null) {
                return fail("container " + c.name() + " has no healthcheck configured");
            }
            if (!"healthy".equals(c.health())) {
                return Optional.empty();
            }
        }
        return ok();
    }

    private Optional<Verdict> completed(List<Live> cs) {
        for (Live c : cs) {
            if (!"exited".equals(c.state()) && !"dead".equals(c.state())) {
                return Optional.empty();
            }
            if (c.exitCode() == null || c.exitCode() != 0) {
                return fail("service " + c.serviceName() + " didn't complete successfully: container " + c.name()
                        + " exited (" + c.exitCode() + ")");
            }
        }
        return ok();
    }

    private Optional<Verdict> unhealthy(Live c) {
        String output = healthOutput.apply(c.name());
        return fail("container " + c.name() + " is unhealthy"
                + (output == null || output.isBlank() ? "" : " (last healthcheck output: " + output + ")"));
    }

    private static Optional<Verdict> ok() {
        return Optional.of(Verdict.OK);
    }

    private static Optional<Verdict> fail(String message) {
        return Optional.of(new Verdict(message));
    }
}
