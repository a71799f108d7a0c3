package dev.berth.stack;

import java.time.Instant;
import java.util.List;

/** What {@code stack ls}, {@code services} and {@code ps} show, as data; the CLI and the window format it. */
public final class StackViews {
    private StackViews() {}

    public record StackRow(String name, int services) {}

    /** {@code replicas}: "2/3", "2/2" for global, with "(max N per node)" as the docker CLI adds. */
    public record ServiceRow(String id, String name, String mode, String replicas, String image, String ports,
                             int running, int desired) {}

    /** One task: {@code name} is service.slot (replicated) or service.nodeId (global); {@code history} for earlier tasks of a slot. */
    public record TaskRow(String id, String name, String image, String node, String desiredState, String state,
                          Instant since, String error, String ports, boolean history) {}

    public record NodeRow(String id, String hostname, String state, String availability, String role) {}

    public record StackState(String namespace, List<ServiceRow> services, List<TaskRow> tasks, List<NodeRow> nodes) {}
}
