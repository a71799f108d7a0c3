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

    public record StackState(String namespace, List<ServiceRow> services, List<TaskRow> tasks, List<NodeRow> nodes) {
        /**
         * A task per slot (per node for global services): the newest the Swarm wants running, else the newest. The
         * docker CLI's first task of a slot is the newest, but after a rollback of an update under way that one was
         * shut down and an older task runs on: the slot's state is the older task's.
         */
        public List<TaskRow> current() {
            java.util.Map<String, TaskRow> bySlot = new java.util.LinkedHashMap<>();
            for (TaskRow t : tasks) { // newest first within a slot
                TaskRow chosen = bySlot.get(t.name());
                if (chosen == null || !wanted(chosen) && wanted(t)) {
                    bySlot.put(t.name(), t);
                }
            }
            return List.copyOf(bySlot.values());
        }

        private static boolean wanted(TaskRow t) {
            return !t.desiredState().equals("shutdown") && !t.desiredState().equals("remove");
        }
    }
}
