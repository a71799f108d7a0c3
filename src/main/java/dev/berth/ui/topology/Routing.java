package dev.berth.ui.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each line runs, given where the boxes are now. A depends_on line leaves the dependency's
 * right side, crosses the gap between columns (and the free slots the layout kept for it in the
 * columns it skips) and enters the dependant's left side; lines sharing a side get their own spot
 * on it. A network or volume line drops from the service to a bus under all services (one lane
 * per resource) and along it to the resource; when a box sits under the service it first steps
 * into the gap beside its column.
 */
final class Routing {
    static final double LANE = 8;
    private static final double SPREAD = 14;
    private final Map<String, GraphNode> byId = new HashMap<>();
    private final Collection<GraphNode> nodes;
    private final Map<String, List<GraphEdge>> out = new HashMap<>();
    private final Map<String, List<GraphEdge>> in = new HashMap<>();
    private final Map<String, Integer> lanes = new HashMap<>();
    private final double busTop;

    Routing(Collection<GraphNode> nodes, List<GraphEdge> edges) {
        this.nodes = nodes;
        nodes.forEach(n -> byId.put(n.id(), n));
        for (GraphEdge e : edges) {
            if (byId.containsKey(e.fromId()) && byId.containsKey(e.toId())) {
                out.computeIfAbsent(e.fromId() + e.kind().name(), k -> new ArrayList<>()).add(e);
                in.computeIfAbsent(e.toId() + e.kind().name(), k -> new ArrayList<>()).add(e);
            }
        }
        List<GraphNode> resources = nodes.stream().filter(n -> n.kind() != GraphNode.Kind.SERVICE)
                .sorted(Comparator.comparingDouble(GraphNode::x).thenComparing(GraphNode::id)).toList();
        for (int i = 0; i < resources.size(); i++) {
            lanes.put(resources.get(i).id(), i);
        }
        busTop = nodes.stream().filter(n -> n.kind() == GraphNode.Kind.SERVICE).mapToDouble(n -> n.y() + n.height())
                .max().orElse(0) + TopologyLayout.ROW_GAP / 2;
    }

    /** The line's route, or null when one of its ends is not drawn. */
    EdgeRoute route(GraphEdge e) {
        GraphNode a = byId.get(e.fromId());
        GraphNode b = byId.get(e.toId());
        if (a == null || b == null) {
            return null;
        }
        return e.kind() == GraphEdge.Kind.DEPENDS_ON ? dependsOn(e, a, b) : resource(e, a, b);
    }

    private EdgeRoute dependsOn(GraphEdge e, GraphNode a, GraphNode b) {
        double sy = a.y() + a.height() * spot(out.get(a.id() + e.kind().name()), e, x -> byId.get(x.toId()));
        double ey = b.y() + b.height() * spot(in.get(b.id() + e.kind().name()), e, x -> byId.get(x.fromId()));
        List<EdgeRoute.Piece> pieces = new ArrayList<>();
        double x = a.x() + a.width();
        double y = sy;
        for (GraphEdge.Via v : e.via()) {
            pieces.add(EdgeRoute.Piece.level(x, y, v.left(), v.y()));
            pieces.add(EdgeRoute.Piece.line(v.left(), v.y(), v.right(), v.y()));
            x = v.right();
            y = v.y();
        }
        pieces.add(EdgeRoute.Piece.level(x, y, b.x(), ey));
        EdgeRoute.Piece last = pieces.getLast();
        return new EdgeRoute(pieces, last.xAt(0.5), last.yAt(0.5) - 5);
    }

    /** Where on its side an edge attaches, as a share of the side: siblings in the order of their other ends. */
    private static double spot(List<GraphEdge> siblings, GraphEdge e, java.util.function.Function<GraphEdge, GraphNode> other) {
        List<GraphEdge> sorted = siblings.stream().sorted(Comparator.comparingDouble((GraphEdge x) -> other.apply(x).y())
                .thenComparing(GraphEdge::id)).toList();
        return (sorted.indexOf(e) + 1.0) / (sorted.size() + 1.0);
    }

    private EdgeRoute resource(GraphEdge e, GraphNode s, GraphNode r) {
        List<GraphEdge> all = new ArrayList<>(out.get(s.id() + e.kind().name()));
        String otherKind = (e.kind() == GraphEdge.Kind.NETWORK ? GraphEdge.Kind.VOLUME : GraphEdge.Kind.NETWORK).name();
        all.addAll(out.getOrDefault(s.id() + otherKind, List.of()));
        all.sort(Comparator.comparingDouble((GraphEdge x) -> byId.get(x.toId()).x()).thenComparing(GraphEdge::id));
        double k = all.indexOf(e) - (all.size() - 1) / 2.0;
        double sx = clamp(s.x() + s.width() / 2 + k * SPREAD, s.x() + 10, s.x() + s.width() - 10);
        List<GraphEdge> users = in.get(r.id() + e.kind().name()).stream()
                .sorted(Comparator.comparingDouble((GraphEdge x) -> byId.get(x.fromId()).x()).thenComparing(GraphEdge::id)).toList();
        double j = users.indexOf(e) - (users.size() - 1) / 2.0;
        double rx = clamp(r.x() + r.width() / 2 + j * 6, r.x() + 12, r.x() + r.width() - 12);
        int lane = lanes.getOrDefault(r.id(), 0);
        double bus = busTop + lane * LANE;
        double top = s.y() + s.height();
        List<EdgeRoute.Piece> pieces = new ArrayList<>();
        if (clear(sx, top, bus, s)) {
            pieces.add(EdgeRoute.Piece.line(sx, top, sx, bus));
        } else {
            double gy = top + TopologyLayout.ROW_GAP / 2 + k * 4;
            double half = TopologyLayout.COLUMN_GAP / 2;
            double shift = clamp((lane - (lanes.size() - 1) / 2.0) * 4, -half + 12, half - 12);
            double cx = s.x() + s.width() + half + shift;
            if (!clear(cx, gy, bus, s)) {
                cx = s.x() - half + shift;
            }
            pieces.add(EdgeRoute.Piece.line(sx, top, sx, gy));
            pieces.add(EdgeRoute.Piece.line(sx, gy, cx, gy));
            pieces.add(EdgeRoute.Piece.line(cx, gy, cx, bus));
            sx = cx;
        }
        pieces.add(EdgeRoute.Piece.line(sx, bus, rx, bus));
        pieces.add(EdgeRoute.Piece.line(rx, bus, rx, r.y()));
        return new EdgeRoute(pieces, rx, r.y());
    }

    /** True when no box but {@code except} lies across the vertical line at x from y1 to y2. */
    private boolean clear(double x, double y1, double y2, GraphNode except) {
        for (GraphNode n : nodes) {
            if (!n.id().equals(except.id()) && n.x() < x && x < n.x() + n.width() && n.y() < y2 && y1 < n.y() + n.height()) {
                return false;
            }
        }
        return true;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
