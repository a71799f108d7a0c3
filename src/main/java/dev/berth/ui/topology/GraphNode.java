package dev.berth.ui.topology;

import java.util.List;

/**
 * One box of the topology drawing, placed by {@link TopologyLayout}. {@code id} is what tests and
 * CSS find it by ({@code service-web}, {@code network-front}, {@code volume-dbdata}). {@code badges}
 * are the ids of the networks and volumes a service box names on itself when a large project draws
 * no line per attachment.
 */
public record GraphNode(String id, Kind kind, String name, List<String> details, boolean ghost,
                        double x, double y, double width, double height, List<String> badges) {
    public enum Kind { SERVICE, NETWORK, VOLUME }

    public GraphNode {
        details = List.copyOf(details);
        badges = List.copyOf(badges);
    }

    public GraphNode(String id, Kind kind, String name, List<String> details, boolean ghost,
                     double x, double y, double width, double height) {
        this(id, kind, name, details, ghost, x, y, width, height, List.of());
    }

    public GraphNode at(double newX, double newY) {
        return new GraphNode(id, kind, name, details, ghost, newX, newY, width, height, badges);
    }

    public GraphNode withGhost(boolean off) {
        return new GraphNode(id, kind, name, details, off, x, y, width, height, badges);
    }

    public GraphNode withBadges(List<String> resourceIds) {
        return new GraphNode(id, kind, name, details, ghost, x, y, width, height, resourceIds);
    }

    public static String idOf(Kind kind, String name) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + name;
    }
}
