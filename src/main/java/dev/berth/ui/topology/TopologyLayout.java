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
 * Places a project's services in columns (every dependency left of its dependants), the services
 * that have no depends_on either way side by side under them, and the networks and volumes in a
 * row at the bottom. Lines run in the gaps between boxes (see {@link Routing}), and a gap between
 * columns is wide enough for the largest condition label, so no line crosses a box and no box
 * hides a label. The result depends on the project's structure only, never on container states or
 * hash order, so the drawing does not jump while things run. Services switched off by profiles are
 * laid out too (as ghosts) so ticking a profile does not move anything.
 */
public final class TopologyLayout {
    public static final double SERVICE_WIDTH = 220;
    public static final double SERVICE_HEIGHT = 124;
    public static final double RESOURCE_WIDTH = 170;
    public static final double RESOURCE_HEIGHT = 56;
    static final double MARGIN = 30;
    static final double COLUMN_GAP = 150;
    static final double ROW_GAP = 36;
    static final double PASSAGE_HEIGHT = 24;
    static final double RESOURCE_GAP = 24;

    public Topology layout(Project project) {
        Map<String, Service> all = new TreeMap<>(project.services());
        project.disabledServices().forEach(all::putIfAbsent);
        Layering layering = new Layering(all);
        List<GraphNode> nodes = new ArrayList<>();
        Map<String, GraphNode> byService = new HashMap<>();
        Map<String, List<GraphEdge.Via>> via = new HashMap<>();
        double bottom = placeColumns(project, all, layering.columns(), byService, via);
        placeSideBySide(project, all, layering.isolated(), Math.max(3, layering.columns().size()),
                bottom > 0 ? bottom + ROW_GAP : MARGIN, byService);
        nodes.addAll(byService.values());
        List<GraphEdge> edges = new ArrayList<>();
        for (GraphEdge e : Edges.dependsOn(project, all)) {
            edges.add(e.withVia(via.getOrDefault(e.id(), List.of())));
        }
        double servicesBottom = nodes.stream().mapToDouble(n -> n.y() + n.height()).max().orElse(MARGIN);
        ResourceRow row = new ResourceRow(project, all, byService, servicesBottom);
        if (row.collapsed()) {
            nodes.replaceAll(n -> n.withBadges(row.badgesOf(n.name())));
        }
        nodes.addAll(row.nodes());
        edges.addAll(row.edges());
        nodes.sort(Comparator.comparing(GraphNode::id));
        return sized(nodes, edges);
    }

    /** Columns of services and passages, each centred on the tallest; returns the bottom of the tallest (0: none). */
    private static double placeColumns(Project project, Map<String, Service> all, List<List<Layering.Slot>> columns,
                                       Map<String, GraphNode> byService, Map<String, List<GraphEdge.Via>> via) {
        double tallest = columns.stream().mapToDouble(TopologyLayout::height).max().orElse(0);
        for (int col = 0; col < columns.size(); col++) {
            double x = MARGIN + col * (SERVICE_WIDTH + COLUMN_GAP);
            double y = MARGIN + (tallest - height(columns.get(col))) / 2;
            for (Layering.Slot slot : columns.get(col)) {
                if (slot.passage()) {
                    via.computeIfAbsent(slot.edgeId(), k -> new ArrayList<>())
                            .add(new GraphEdge.Via(x, x + SERVICE_WIDTH, y + PASSAGE_HEIGHT / 2));
                    y += PASSAGE_HEIGHT + ROW_GAP;
                } else {
                    byService.put(slot.name(), service(project, all.get(slot.name()), x, y));
                    y += SERVICE_HEIGHT + ROW_GAP;
                }
            }
        }
        return tallest == 0 ? 0 : MARGIN + tallest;
    }

    private static double height(List<Layering.Slot> column) {
        double h = column.stream().mapToDouble(s -> s.passage() ? PASSAGE_HEIGHT : SERVICE_HEIGHT).sum();
        return h + Math.max(0, column.size() - 1) * ROW_GAP;
    }

    private static void placeSideBySide(Project project, Map<String, Service> all, List<String> names, int perRow,
                                        double top, Map<String, GraphNode> byService) {
        for (int i = 0; i < names.size(); i++) {
            double x = MARGIN + (i % perRow) * (SERVICE_WIDTH + COLUMN_GAP);
            double y = top + (i / perRow) * (SERVICE_HEIGHT + ROW_GAP);
            byService.put(names.get(i), service(project, all.get(names.get(i)), x, y));
        }
    }

    private static GraphNode service(Project project, Service s, double x, double y) {
        return new GraphNode(GraphNode.idOf(GraphNode.Kind.SERVICE, s.name()), GraphNode.Kind.SERVICE, s.name(),
                ServiceText.details(project.name(), s), !project.services().containsKey(s.name()),
                x, y, SERVICE_WIDTH, SERVICE_HEIGHT);
    }

    /** The size that holds every box, line and label, with a margin. */
    static Topology sized(List<GraphNode> nodes, List<GraphEdge> edges) {
        double width = nodes.stream().mapToDouble(n -> n.x() + n.width()).max().orElse(0) + MARGIN;
        double height = nodes.stream().mapToDouble(n -> n.y() + n.height()).max().orElse(0) + MARGIN;
        Routing routing = new Routing(nodes, edges);
        for (GraphEdge e : edges) {
            EdgeRoute r = routing.route(e);
            if (r != null) {
                width = Math.max(width, r.maxX() + MARGIN / 2);
            }
        }
        return new Topology(nodes, edges, nodes.isEmpty() ? 0 : width, nodes.isEmpty() ? 0 : height);
    }
}
