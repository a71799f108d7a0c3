package dev.berth.ui.topology;

/**
 * A line between two nodes. For depends_on it runs from the dependency to the dependant and is
 * labelled with the condition; {@code dashed} when required:false, {@code broken} (drawn red,
 * with {@code reason}) when it points at a required service switched off by profiles.
 */
public record GraphEdge(String id, Kind kind, String fromId, String toId, String label,
                        boolean dashed, boolean broken, String reason) {
    public enum Kind { DEPENDS_ON, NETWORK, VOLUME }
}
