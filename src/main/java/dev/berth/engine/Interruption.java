package dev.berth.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Passes a run's events on and notes the operations that finished, so that when the engine goes away in the middle
 * of up or down the failure becomes one sentence naming what was left: the reference only says which container
 * exited (143, the engine stopping it), which does not tell a user the engine is gone nor what to do.
 */
final class Interruption implements EventSink {
    private final EventSink sink;
    private final List<Operation> done = Collections.synchronizedList(new ArrayList<>());

    Interruption(EventSink sink) {
        this.sink = sink;
    }

    @Override
    public void accept(EngineEvent event) {
        if (event instanceof EngineEvent.OperationFinished f && f.error() == null) {
            done.add(f.operation());
        }
        sink.accept(event);
    }

    /** {@code failure} as it is, or, when the engine does not answer (any more), why and what this run left. */
    EngineException explain(String verb, Plan plan, EngineException failure, DockerGateway gateway) {
        if (failure.reason() != EngineException.Reason.UNREACHABLE && gateway.answers()) {
            return failure;
        }
        String left = verb.equals("down") ? notRemoved(plan) : created();
        return new EngineException(EngineException.Reason.UNREACHABLE, "Cannot connect to the Docker daemon at "
                + gateway.host() + ": it went away in the middle of " + verb + ", " + left + "; run " + verb
                + " again once it answers.", failure);
    }

    /** What up created: networks, volumes, containers started and containers only created. */
    private String created() {
        Set<String> networks = new LinkedHashSet<>();
        Set<String> volumes = new LinkedHashSet<>();
        Set<String> created = new LinkedHashSet<>();
        Set<String> started = new LinkedHashSet<>();
        synchronized (done) {
            for (Operation op : done) {
                switch (op) {
                    case Operation.CreateNetwork n -> networks.add(n.resourceId());
                    case Operation.CreateVolume v -> volumes.add(v.resourceId());
                    case Operation.CreateContainer c -> created.add(c.resourceId());
                    case Operation.StartContainer c -> started.add(c.resourceId());
                    case Operation.RestartContainer c -> started.add(c.resourceId());
                    default -> { }
                }
            }
        }
        created.removeAll(started);
        List<String> parts = new ArrayList<>();
        named(parts, "network", networks, "");
        named(parts, "volume", volumes, "");
        named(parts, "container", started, " (started)");
        named(parts, "container", created, " (created, not started)");
        return parts.isEmpty() ? "before it created anything" : "leaving " + String.join(", ", parts);
    }

    /** What down meant to remove and did not. */
    private String notRemoved(Plan plan) {
        Set<String> containers = new LinkedHashSet<>();
        Set<String> networks = new LinkedHashSet<>();
        Set<String> volumes = new LinkedHashSet<>();
        List<Operation> finished = List.copyOf(done);
        for (Operation op : plan == null ? List.<Operation>of() : plan.operations()) {
            if (!finished.contains(op)) {
                switch (op) {
                    case Operation.RemoveContainer c -> containers.add(c.resourceId());
                    case Operation.RemoveNetwork n -> networks.add(n.resourceId());
                    case Operation.RemoveVolume v -> volumes.add(v.resourceId());
                    default -> { }
                }
            }
        }
        List<String> parts = new ArrayList<>();
        named(parts, "container", containers, "");
        named(parts, "network", networks, "");
        named(parts, "volume", volumes, "");
        return parts.isEmpty() ? "after it removed everything it planned to" : "leaving " + String.join(", ", parts);
    }

    private static void named(List<String> parts, String kind, Set<String> names, String note) {
        if (!names.isEmpty()) {
            parts.add(kind + (names.size() == 1 ? " " : "s ") + String.join(", ", names) + note);
        }
    }
}
