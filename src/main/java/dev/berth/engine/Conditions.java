package dev.berth.engine;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.DependsOn.Condition;
import dev.berth.engine.Tracker.LaneStatus;
import dev.berth.engine.Tracker.Live;
import dev.berth.graph.ConditionCheck;
import dev.berth.graph.ServiceState;
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
        if (d.condition() == Condition.SERVICE_STARTED) {
            return ok(); // its lane is done: started, as the reference's dependency order has it
        }
        for (Live c : cs) {
            ServiceState state = stateOf(c);
            switch (ConditionCheck.check(d.condition(), state)) {
                case NEVER -> {
                    return fail(never(d.condition(), c, state));
                }
                case WAIT -> {
                    return Optional.empty();
                }
                case MET -> { }
            }
        }
        return ok();
    }

    /** A container's state as the graph's conditions see it. */
    static ServiceState stateOf(Live c) {
        return switch (c.state() == null ? "" : c.state()) {
            case "exited", "dead" -> c.exitCode() != null && c.exitCode() == 0 ? ServiceState.COMPLETED
                    : ServiceState.FAILED;
            case "running", "restarting", "paused" -> c.health() == null ? ServiceState.NO_HEALTHCHECK
                    : switch (c.health()) {
                        case "healthy" -> ServiceState.HEALTHY;
                        case "unhealthy" -> ServiceState.UNHEALTHY;
                        default -> ServiceState.STARTED;
                    };
            case "created" -> ServiceState.CREATED;
            default -> ServiceState.PENDING;
        };
    }

    /** Why a condition can no longer hold, in the reference's words. */
    private String never(Condition condition, Live c, ServiceState state) {
        if (state == ServiceState.UNHEALTHY) {
            return unhealthy(c);
        }
        if (state == ServiceState.NO_HEALTHCHECK) {
            return "container " + c.name() + " has no healthcheck configured";
        }
        if (condition == Condition.SERVICE_COMPLETED_SUCCESSFULLY) {
            return "service " + c.serviceName() + " didn't complete successfully: container " + c.name()
                    + " exited (" + c.exitCode() + ")";
        }
        return "container " + c.name() + " exited (" + c.exitCode() + ")";
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
                return fail(unhealthy(c));
            }
            if (!"running".equals(c.state()) || (c.health() != null && !"healthy".equals(c.health()))) {
                return Optional.empty();
            }
        }
        return cs.isEmpty() ? Optional.empty() : ok();
    }

    private String unhealthy(Live c) {
        String output = healthOutput.apply(c.name());
        return "container " + c.name() + " is unhealthy"
                + (output == null || output.isBlank() ? "" : " (last healthcheck output: " + output + ")");
    }

    private static Optional<Verdict> ok() {
        return Optional.of(Verdict.OK);
    }

    private static Optional<Verdict> fail(String message) {
        return Optional.of(new Verdict(message));
    }
}
