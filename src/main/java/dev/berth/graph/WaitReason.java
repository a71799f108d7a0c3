package dev.berth.graph;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What keeps a service from starting: one {@link Blocker} per unmet edge. {@link #sentence()} gives
 * the text for a tooltip or a log line, e.g. "web waits: depends on db, condition healthy (db: started)".
 */
public record WaitReason(String serviceName, List<Blocker> blockers) {

    public WaitReason {
        blockers = List.copyOf(blockers);
    }

    /**
     * One unmet edge and the state its dependency is in. {@code impossible} when that state can no
     * longer meet the condition (unhealthy for service_healthy, a failed exit for
     * service_completed_successfully): the service will not start unless the dependency is restarted.
     */
    public record Blocker(Edge edge, ServiceState dependencyState, boolean impossible) {
        public String phrase() {
            return what(edge) + " (" + edge.to() + ": " + dependencyState.name().toLowerCase(Locale.ROOT) + ")";
        }
    }

    /** True when some dependency is in a state that can no longer meet its condition. */
    public boolean blockedForGood() {
        return blockers.stream().anyMatch(Blocker::impossible);
    }

    public String sentence() {
        String verb = blockedForGood() ? " cannot start: " : " waits: ";
        return serviceName + verb + blockers.stream().map(Blocker::phrase).collect(Collectors.joining("; "));
    }

    private static String what(Edge e) {
        return switch (e.kind()) {
            case DEPENDS_ON -> "depends on " + e.to() + ", condition " + shortCondition(e);
            case LINKS -> "links to " + e.to();
            case NETWORK_MODE -> "shares the network of " + e.to();
            case VOLUMES_FROM -> "takes volumes from " + e.to();
            case IPC -> "shares the IPC namespace of " + e.to();
            case PID -> "shares the PID namespace of " + e.to();
        };
    }

    private static String shortCondition(Edge e) {
        return e.condition().composeName().substring("service_".length());
    }
}
