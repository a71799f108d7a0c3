package dev.berth.ui.topology;

import java.util.List;
import java.util.Optional;

/** A laid-out drawing: nodes with positions, edges between them, and the size that holds them. */
public record Topology(List<GraphNode> nodes, List<GraphEdge> edges, double width, double height) {
    public static final Topology EMPTY = new Topology(List.of(), List.of(), 0, 0);

    public Topology {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Optional<GraphNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
