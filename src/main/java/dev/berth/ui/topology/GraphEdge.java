package dev.berth.ui.topology;

import java.util.List;

/**
 * A line between two nodes. For depends_on it runs from the dependency to the dependant and is
 * labelled with the condition; {@code dashed} when required:false, {@code broken} (drawn red,
 * with {@code reason}) when it points at a required service switched off by profiles. {@code via}
 * are the free slots a line that skips columns passes through, left to right.
 */
public record GraphEdge(String id, Kind kind, String fromId, String toId, String label,
                        boolean dashed, boolean broken, String reason, List<Via> via) {
    public enum Kind { DEPENDS_ON, NETWORK, VOLUME }

    /** A slot between boxes of one column: the line crosses it horizontally at {@code y}. */
    public record Via(double left, double right, double y) {}

    public GraphEdge {
        via = List.copyOf(via);
    }

    public GraphEdge(String id, Kind kind, String fromId, String toId, String label, boolean dashed, boolean broken,
                     String reason) {
        this(id, kind, fromId, toId, label, dashed, broken, reason, List.of());
    }

    public GraphEdge withVia(List<Via> slots) {
        return new GraphEdge(id, kind, fromId, toId, label, dashed, broken, reason, slots);
    }
}
