package dev.berth.ui.run;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.engine.ContainerState;
import dev.berth.engine.EngineEvent;
import dev.berth.engine.ProjectState;
import dev.berth.graph.ServiceGraph;
import dev.berth.ui.topology.Gate;
import dev.berth.ui.topology.ServiceStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The live picture of a project's containers, built from a state snapshot and then from engine
 * events: each service's status (its replicas folded into one), each depends_on gate, and why a
 * service waits. Plain Java so it can be tested without a window or a Docker Engine.
 */
public final class LiveState {
    private final Project project;
    private final Map<String, Map<String, Replica>> containers = new TreeMap<>();
    private final Map<String, String> waiting = new HashMap<>();
    private final Map<String, String> lastHealthOutput = new HashMap<>();
    private final Gates gates;
    /** Container events taken so far, and the count at each container's last one (see {@link #seed(ProjectState, long)}). */
    private long applied;
    private final Map<String, Long> changedAt = new HashMap<>();
    /** The graph's view of every service's state; null once an event or snapshot changed something. */
    private Map<String, dev.berth.graph.ServiceState> states;

    public LiveState(Project project) {
        this.project = project;
        this.gates = new Gates(ServiceGraph.of(project));
    }

    /**
     * Carries what {@code before} knew (the same project loaded again: a profile ticked, a reload):
     * containers keep their states until the engine's next snapshot, so no box flashes back to
     * "not created" and only the services whose profile changed are repainted.
     */
    public void carryOver(LiveState before) {
        states = null;
        before.containers.forEach((svc, replicas) -> containers.put(svc, new TreeMap<>(replicas)));
        waiting.putAll(before.waiting);
        lastHealthOutput.putAll(before.lastHealthOutput);
    }

    public void seed(ProjectState state) {
        seed(state, Long.MAX_VALUE);
    }

    /** How many container events this state has taken: what a snapshot asked for now is older than. */
    public long mark() {
        return applied;
    }

    /**
     * Seeds from a snapshot asked for at {@code mark}, except the containers an event changed (or removed) since:
     * the snapshot may be older than those events (a container that exited while it was being taken).
     */
    public void seed(ProjectState state, long mark) {
        states = null;
        Map<String, Map<String, Replica>> newer = new TreeMap<>();
        containers.forEach((svc, replicas) -> replicas.forEach((name, r) -> {
            if (changedAt.getOrDefault(name, 0L) > mark) {
                newer.computeIfAbsent(svc, k -> new TreeMap<>()).put(name, r);
            }
        }));
        containers.clear();
        for (ContainerState c : state.containers()) {
            if (!c.oneOff() && changedAt.getOrDefault(c.name(), 0L) <= mark) {
                containers.computeIfAbsent(c.serviceName(), k -> new TreeMap<>())
                        .put(c.name(), Replica.of(c));
            }
        }
        newer.forEach((svc, replicas) -> containers.computeIfAbsent(svc, k -> new TreeMap<>()).putAll(replicas));
    }

    /** Applies one event; returns the service it changed, or null when it changed no service. */
    public String apply(EngineEvent event) {
        if (!(event instanceof EngineEvent.ResourceChanged r) || r.kind() != EngineEvent.Kind.CONTAINER
                || r.serviceName() == null) {
            return null;
        }
        String svc = r.serviceName();
        states = null;
        if (r.phase() == EngineEvent.Phase.WAITING) {
            waiting.put(svc, r.detail() == null ? "" : r.detail());
            return svc;
        }
        if (r.phase() == EngineEvent.Phase.UNHEALTHY && r.detail() != null) {
            lastHealthOutput.put(svc, r.detail());
        }
        changedAt.put(r.resourceName(), ++applied);
        Map<String, Replica> mine = containers.computeIfAbsent(svc, k -> new TreeMap<>());
        Replica before = mine.get(r.resourceName());
        Replica after = Replica.next(before, r, hasHealthcheck(svc));
        if (after == null) {
            mine.remove(r.resourceName());
        } else {
            mine.put(r.resourceName(), after);
        }
        if (after != null && after.state() != dev.berth.ui.topology.ContainerState.CREATED) {
            waiting.remove(svc);
        }
        return svc;
    }

    public ServiceStatus status(String serviceName) {
        return Replica.fold(containers.getOrDefault(serviceName, Map.of()).values(), replicas(serviceName));
    }

    public Gate gate(String dependant, DependsOn d) {
        ServiceStatus dep = status(d.serviceName());
        ServiceStatus mine = status(dependant);
        boolean anyoneActive = dep.state() != dev.berth.ui.topology.ContainerState.NOT_CREATED
                || mine.state() != dev.berth.ui.topology.ContainerState.NOT_CREATED || waiting.containsKey(dependant);
        if (!anyoneActive) {
            return Gate.NONE;
        }
        return gates.gate(dependant, d.serviceName(), states());
    }

    /**
     * Plain words on why the service has not started yet, or "" when it is not waiting. The
     * engine's own reason wins; otherwise a created or not-yet-created service of a project that
     * has started running is asked of the graph.
     */
    public String whyWaiting(String serviceName) {
        String engineSays = waiting.get(serviceName);
        if (engineSays != null && !engineSays.isBlank()) {
            return engineSays;
        }
        var state = status(serviceName).state();
        boolean notStarted = state == dev.berth.ui.topology.ContainerState.CREATED
                || state == dev.berth.ui.topology.ContainerState.NOT_CREATED;
        boolean projectActive = containers.values().stream().anyMatch(m -> !m.isEmpty());
        if (engineSays == null && !(notStarted && projectActive)) {
            return "";
        }
        return gates.whyWaiting(serviceName, states())
                .map(w -> WhyWaiting.describe(w, this::status, lastHealthOutput))
                .orElse(engineSays == null ? "" : "waiting to start");
    }

    private Map<String, dev.berth.graph.ServiceState> states() {
        if (states == null) {
            states = gates.states(this::status);
        }
        return states;
    }

    public String lastHealthOutput(String serviceName) {
        return lastHealthOutput.getOrDefault(serviceName, "");
    }

    public List<String> serviceNames() {
        return project.services().keySet().stream().sorted().toList();
    }

    public Project project() {
        return project;
    }

    private int replicas(String serviceName) {
        Service s = project.services().get(serviceName);
        return s == null ? 1 : Math.max(1, s.scale());
    }

    private boolean hasHealthcheck(String serviceName) {
        Service s = project.services().get(serviceName);
        return s != null && s.healthcheck() != null && !s.healthcheck().disable() && !s.healthcheck().test().isEmpty()
                && !s.healthcheck().test().getFirst().equals("NONE");
    }
}
