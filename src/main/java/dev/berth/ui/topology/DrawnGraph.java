package dev.berth.ui.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * The boxes and lines on the canvas, kept in step with a {@link Topology}. A topology that shares
 * most nodes with the one shown (a profile ticked, a reload that changed little) replaces, adds and
 * removes only the boxes and lines that differ, so the rest keep their styles and no CSS pass runs
 * over the whole drawing; a box whose profile was switched on or off is kept and flipped in place
 * (same object, same place). Another project is drawn afresh.
 */
final class DrawnGraph {
    final Group edgeLayer = new Group();
    final Group nodeLayer = new Group();
    final Map<String, NodeView> nodes = new HashMap<>();
    final Map<String, EdgeView> edges = new LinkedHashMap<>();
    private final Function<GraphNode, NodeView> newNode;
    private final Function<GraphEdge, EdgeView> newEdge;
    private int replaced;

    DrawnGraph(Function<GraphNode, NodeView> newNode, Function<GraphEdge, EdgeView> newEdge) {
        this.newNode = newNode;
        this.newEdge = newEdge;
    }

    void show(Topology before, Topology next) {
        Set<String> common = new HashSet<>(ids(before));
        common.retainAll(ids(next));
        if (!common.isEmpty() && common.size() * 2 >= Math.max(before.nodes().size(), next.nodes().size())) {
            update(next);
        } else {
            rebuild(next);
        }
    }

    /** How many boxes and lines the last show made anew (all of them after a rebuild). */
    int replaced() {
        return replaced;
    }

    private static List<String> ids(Topology t) {
        return t.nodes().stream().map(GraphNode::id).toList();
    }

    private void rebuild(Topology t) {
        edges.values().forEach(EdgeView::detach);
        nodes.clear();
        edges.clear();
        List<Node> views = new ArrayList<>();
        for (GraphNode n : t.nodes()) {
            NodeView v = newNode.apply(n);
            nodes.put(n.id(), v);
            views.add(v);
        }
        List<Node> lines = new ArrayList<>();
        for (GraphEdge e : t.edges()) {
            EdgeView v = nodes.containsKey(e.fromId()) && nodes.containsKey(e.toId()) ? newEdge.apply(e) : null;
            if (v != null) {
                edges.put(e.id(), v);
                lines.add(v);
            }
        }
        replaced = views.size() + lines.size();
        // one change per layer: adding children one by one to a live Group recomputes its bounds each time
        nodeLayer.getChildren().setAll(views);
        edgeLayer.getChildren().setAll(lines);
    }

    private void update(Topology t) {
        Set<String> changed = new HashSet<>();
        Set<String> kept = new HashSet<>();
        for (GraphNode n : t.nodes()) {
            kept.add(n.id());
            NodeView old = nodes.get(n.id());
            if (old == null || !old.adopt(n)) {
                NodeView v = newNode.apply(n);
                nodes.put(n.id(), v);
                if (old == null) {
                    nodeLayer.getChildren().add(v);
                } else {
                    nodeLayer.getChildren().set(nodeLayer.getChildren().indexOf(old), v);
                }
                changed.add(n.id());
            }
        }
        for (String id : List.copyOf(nodes.keySet())) {
            if (!kept.contains(id)) {
                nodeLayer.getChildren().remove(nodes.remove(id));
                changed.add(id);
            }
        }
        replaced = changed.size();
        Set<String> wanted = new HashSet<>();
        for (GraphEdge e : t.edges()) {
            wanted.add(e.id());
            EdgeView old = edges.get(e.id());
            boolean same = old != null && old.edge().equals(e) && !changed.contains(e.fromId()) && !changed.contains(e.toId());
            if (!same && nodes.containsKey(e.fromId()) && nodes.containsKey(e.toId())) {
                replaceEdge(old, e);
            } else if (!same) {
                wanted.remove(e.id());
            }
        }
        for (String id : List.copyOf(edges.keySet())) {
            if (!wanted.contains(id)) {
                EdgeView gone = edges.remove(id);
                gone.detach();
                edgeLayer.getChildren().remove(gone);
                replaced++;
            }
        }
    }

    private void replaceEdge(EdgeView old, GraphEdge e) {
        EdgeView v = newEdge.apply(e);
        edges.put(e.id(), v);
        replaced++;
        if (old == null) {
            edgeLayer.getChildren().add(v);
        } else {
            old.detach();
            edgeLayer.getChildren().set(edgeLayer.getChildren().indexOf(old), v);
        }
    }
}
