package dev.berth.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides, for given service states, which edges are met. A required edge to a service outside the
 * states waits forever (the caller left it out of the run); an optional one is ignored, and so is an
 * optional dependency that failed, as Compose only warns about those.
 */
final class Readiness {
    private final ServiceGraph graph;
    private final Map<String, ServiceState> states;
    /** Services the caller declares done: they meet every condition. */
    private final Set<String> satisfied;

    Readiness(ServiceGraph graph, Map<String, ServiceState> states, Set<String> satisfied) {
        this.graph = graph;
        this.states = new TreeMap<>(states);
        this.satisfied = Set.copyOf(satisfied);
        this.states.keySet().forEach(this::requireKnown);
        this.satisfied.forEach(this::requireKnown);
    }

    Readiness(ServiceGraph graph, Map<String, ServiceState> states) {
        this(graph, states, Set.of());
    }

    /** The set-based question: every service of {@code scope} not satisfied is pending. */
    static Readiness ofSatisfied(ServiceGraph graph, Set<String> scope, Set<String> satisfied) {
        Map<String, ServiceState> pending = new TreeMap<>();
        scope.stream().filter(name -> !satisfied.contains(name)).forEach(name -> pending.put(name, ServiceState.PENDING));
        return new Readiness(graph, pending, satisfied);
    }

    private void requireKnown(String name) {
        if (!graph.contains(name)) {
            throw new IllegalArgumentException("no such service: " + name);
        }
    }

    SortedSet<String> ready() {
        SortedSet<String> ready = new TreeSet<>();
        states.forEach((name, state) -> {
            if (state == ServiceState.PENDING && blockers(name).isEmpty()) {
                ready.add(name);
            }
        });
        return ready;
    }

    Optional<WaitReason> whyWaiting(String serviceName) {
        List<WaitReason.Blocker> blockers = blockers(serviceName);
        return blockers.isEmpty() ? Optional.empty() : Optional.of(new WaitReason(serviceName, blockers));
    }

    private List<WaitReason.Blocker> blockers(String serviceName) {
        List<WaitReason.Blocker> blockers = new ArrayList<>();
        for (Edge e : graph.dependencies(serviceName)) {
            if (satisfied.contains(e.to()) || (!states.containsKey(e.to()) && !e.required())) {
                continue;
            }
            ServiceState s = states.getOrDefault(e.to(), ServiceState.PENDING);
            ConditionCheck.Outcome outcome = ConditionCheck.check(e.condition(), s);
            boolean impossible = outcome == ConditionCheck.Outcome.NEVER;
            if (outcome != ConditionCheck.Outcome.MET && !(impossible && !e.required())) {
                blockers.add(new WaitReason.Blocker(e, s, impossible));
            }
        }
        return blockers;
    }
}
