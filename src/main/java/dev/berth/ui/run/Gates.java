package dev.berth.ui.run;

import dev.berth.graph.ServiceGraph;
import dev.berth.graph.ServiceState;
import dev.berth.graph.WaitReason;
import dev.berth.ui.topology.Gate;
import dev.berth.ui.topology.ServiceStatus;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Gates and wait reasons asked of the service graph, which owns what each depends_on condition
 * means; this class only translates the drawing's statuses into the graph's states.
 */
final class Gates {
    private final ServiceGraph graph;

    Gates(ServiceGraph graph) {
        this.graph = graph;
    }

    /** Every enabled service's state as the graph reads it: made once per change, asked by many gates. */
    Map<String, ServiceState> states(Function<String, ServiceStatus> status) {
        Map<String, ServiceState> states = new TreeMap<>();
        for (String name : graph.enabledServiceNames()) {
            states.put(name, stateOf(status.apply(name)));
        }
        return states;
    }

    Optional<WaitReason> whyWaiting(String serviceName, Map<String, ServiceState> states) {
        if (!graph.contains(serviceName)) {
            return Optional.empty();
        }
        return graph.whyWaiting(serviceName, states);
    }

    Gate gate(String dependant, String dependency, Map<String, ServiceState> states) {
        return whyWaiting(dependant, states).flatMap(w -> w.blockers().stream()
                        .filter(b -> b.edge().to().equals(dependency)).findFirst())
                .map(b -> b.impossible() ? Gate.FAILED : Gate.PENDING).orElse(Gate.SATISFIED);
    }

    static ServiceState stateOf(ServiceStatus s) {
        return switch (s.state()) {
            case NOT_CREATED, REMOVING -> ServiceState.PENDING;
            case CREATED -> ServiceState.CREATED;
            case STARTING, RESTARTING -> ServiceState.STARTED;
            // RUNNING is what a replica without a healthcheck shows once started (STARTING has one)
            case RUNNING -> ServiceState.NO_HEALTHCHECK;
            case HEALTHY -> ServiceState.HEALTHY;
            case UNHEALTHY -> ServiceState.UNHEALTHY;
            case EXITED -> s.exitCode() != null && s.exitCode() == 0 ? ServiceState.COMPLETED : ServiceState.FAILED;
        };
    }
}
