package dev.berth.ui.topology;

import java.util.List;

/**
 * One box of the topology drawing, placed by {@link TopologyLayout}. {@code id} is what tests and
 * CSS find it by ({@code service-web}, {@code network-front}, {@code volume-dbdata}).
 */
public record GraphNode(String id, Kind kind, String name, List<String> details, boolean ghost,
                        double x, double y, double width, double height) {
    public enum Kind { SERVICE, NETWORK, VOLUME }

    public GraphNode {
        details = List.copyOf(details);
    }

    public GraphNode at(double newX, double newY) {
        return new GraphNode(id, kind, name, details, ghost, newX, newY, width, height);
    }

    public static String idOf(Kind kind, String name) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + name;
    }
}
