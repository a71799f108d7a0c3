package dev.berth.ui.run;

import dev.berth.engine.ContainerState;
import dev.berth.engine.EngineEvent;
import dev.berth.ui.topology.ServiceStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** One container of a service as the drawing cares about it: its state and, once exited, its code. */
record Replica(dev.berth.ui.topology.ContainerState state, Integer exitCode) {
    private static final List<dev.berth.ui.topology.ContainerState> ATTENTION_FIRST = List.of(
            dev.berth.ui.topology.ContainerState.UNHEALTHY, dev.berth.ui.topology.ContainerState.RESTARTING,
            dev.berth.ui.topology.ContainerState.REMOVING, dev.berth.ui.topology.ContainerState.STARTING,
            dev.berth.ui.topology.ContainerState.CREATED, dev.berth.ui.topology.ContainerState.RUNNING,
            dev.berth.ui.topology.ContainerState.HEALTHY, dev.berth.ui.topology.ContainerState.EXITED,
            dev.berth.ui.topology.ContainerState.NOT_CREATED);

    static Replica of(ContainerState c) {
        var s = switch (c.state() == null ? "" : c.state()) {
            case "running", "paused" -> fromHealth(c.health());
            case "restarting" -> dev.berth.ui.topology.ContainerState.RESTARTING;
            case "created" -> dev.berth.ui.topology.ContainerState.CREATED;
            case "removing" -> dev.berth.ui.topology.ContainerState.REMOVING;
            case "exited", "dead" -> dev.berth.ui.topology.ContainerState.EXITED;
            default -> dev.berth.ui.topology.ContainerState.CREATED;
        };
        return new Replica(s, c.exitCode());
    }

    private static dev.berth.ui.topology.ContainerState fromHealth(String health) {
        if (health == null) {
            return dev.berth.ui.topology.ContainerState.RUNNING;
        }
        return switch (health) {
            case "healthy" -> dev.berth.ui.topology.ContainerState.HEALTHY;
            case "unhealthy" -> dev.berth.ui.topology.ContainerState.UNHEALTHY;
            default -> dev.berth.ui.topology.ContainerState.STARTING;
        };
    }

    /** The replica after an event; null when the container is gone. Unknown phases keep what was known. */
    static Replica next(Replica before, EngineEvent.ResourceChanged r, boolean healthcheck) {
        var keep = before == null ? dev.berth.ui.topology.ContainerState.CREATED : before.state();
        var s = switch (r.phase()) {
            case CREATING, CREATED -> dev.berth.ui.topology.ContainerState.CREATED;
            case STARTING -> dev.berth.ui.topology.ContainerState.STARTING;
            // RUNNING: up left a running container alone; what was known of its health stays
            case RUNNING -> before != null ? keep : healthcheck ? dev.berth.ui.topology.ContainerState.STARTING
                    : dev.berth.ui.topology.ContainerState.RUNNING;
            case STARTED, UNPAUSED -> healthcheck ? dev.berth.ui.topology.ContainerState.STARTING
                    : dev.berth.ui.topology.ContainerState.RUNNING;
            case HEALTHY -> dev.berth.ui.topology.ContainerState.HEALTHY;
            case UNHEALTHY -> dev.berth.ui.topology.ContainerState.UNHEALTHY;
            case EXITED, STOPPED, KILLED -> dev.berth.ui.topology.ContainerState.EXITED;
            case REMOVING -> dev.berth.ui.topology.ContainerState.REMOVING;
            case REMOVED -> null;
            default -> keep;
        };
        if (s == null) {
            return null;
        }
        if (r.phase() == EngineEvent.Phase.STARTED && before != null
                && before.state() == dev.berth.ui.topology.ContainerState.HEALTHY) {
            s = before.state();
        }
        Integer code = s == dev.berth.ui.topology.ContainerState.EXITED ? (r.exitCode() != null ? r.exitCode()
                : before == null ? null : before.exitCode()) : null;
        return new Replica(s, code);
    }

    /** Folds a service's replicas into one status: the state that needs attention most wins. */
    static ServiceStatus fold(Collection<Replica> replicas, int wanted) {
        if (replicas.isEmpty()) {
            return new ServiceStatus(dev.berth.ui.topology.ContainerState.NOT_CREATED, null, 0, wanted);
        }
        Replica shown = replicas.stream().min(Comparator.comparingInt(r -> ATTENTION_FIRST.indexOf(r.state()))).orElseThrow();
        long up = replicas.stream().filter(r -> r.state() == dev.berth.ui.topology.ContainerState.RUNNING
                || r.state() == dev.berth.ui.topology.ContainerState.HEALTHY
                || r.state() == dev.berth.ui.topology.ContainerState.STARTING
                || r.state() == dev.berth.ui.topology.ContainerState.UNHEALTHY).count();
        return new ServiceStatus(shown.state(), shown.exitCode(), (int) up, Math.max(wanted, replicas.size()));
    }
}
