package dev.berth.ui.topology;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places a project's services in layers (every dependency left of its dependants) and its networks
 * and volumes in a row underneath. The result depends on the project's structure only, never on
 * container states or hash order, so the drawing does not jump while things run. Services switched
 * off by profiles are laid out too (as ghosts) so ticking a profile does not move anything.
 */
public final class TopologyLayout {
    public static final double SERVICE_WIDTH = 220;
    public static final double SERVICE_HEIGHT = 108;
    public static final double RESOURCE_WIDTH = 170;
    public static final double RESOURCE_HEIGHT = 44;
    static final double MARGIN = 40;
    static final double COLUMN_GAP = 110;
    static final double ROW_GAP = 36;
    static final double RESOURCE_GAP = 24;

    public Topology layout(Project project) {
        Map<String, Service> all = new TreeMap<>(project.services());
        project.disabledServices().forEach(all::putIfAbsent);
        List<List<String>> layers = new Layering(all).layers();
        List<GraphNode> nodes = new ArrayList<>();
        Map<String, GraphNode> byService = new HashMap<>();
        int tallest = layers.stream().mapToInt(List::size).max().orElse(0);
        for (int col = 0; col < layers.size(); col++) {
            List<String> layer = layers.get(col);
            double offset = (tallest - layer.size()) * (SERVICE_HEIGHT + ROW_GAP) / 2;
            for (int row = 0; row < layer.size(); row++) {
                String name = layer.get(row);
                Service s = all.get(name);
                GraphNode node = new GraphNode(GraphNode.idOf(GraphNode.Kind.SERVICE, name), GraphNode.Kind.SERVICE, name,
                        ServiceText.details(project.name(), s), !project.services().containsKey(name),
                        MARGIN + col * (SERVICE_WIDTH + COLUMN_GAP),
                        MARGIN + offset + row * (SERVICE_HEIGHT + ROW_GAP), SERVICE_WIDTH, SERVICE_HEIGHT);
                nodes.add(node);
                byService.put(name, node);
            }
        }
        List<GraphEdge> edges = new ArrayList<>(Edges.dependsOn(project, all));
        double resourceTop = MARGIN + tallest * (SERVICE_HEIGHT + ROW_GAP) + ROW_GAP;
        ResourceRow row = new ResourceRow(project, all, byService, resourceTop);
        nodes.addAll(row.nodes());
        edges.addAll(row.edges());
        nodes.sort(Comparator.comparing(GraphNode::id));
        double width = nodes.stream().mapToDouble(n -> n.x() + n.width()).max().orElse(0) + MARGIN;
        double height = nodes.stream().mapToDouble(n -> n.y() + n.height()).max().orElse(0) + MARGIN;
        return new Topology(nodes, edges, width, height);
    }
}
