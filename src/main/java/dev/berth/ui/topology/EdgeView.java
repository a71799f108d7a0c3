package dev.berth.ui.topology;

import javafx.scene.Group;
import javafx.scene.text.Text;
import javafx.scene.control.Tooltip;
import java.util.function.Supplier;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;

/**
 * A line between two boxes that follows them when they are dragged, along the route {@link Routing}
 * gives: depends_on lines from the right side of the dependency to the left side of the dependant,
 * network and volume lines from the bottom of the service along a bus to the top of the resource.
 */
final class EdgeView extends Group {
    private final GraphEdge edge;
    private final NodeView from;
    private final NodeView to;
    private final Supplier<Routing> routing;
    private final Path curve = new Path();
    private final Polygon arrow = new Polygon();
    private final Text label = new Text();
    private final javafx.beans.InvalidationListener reroute = o -> route();
    private Gate shownGate;

    EdgeView(GraphEdge edge, NodeView from, NodeView to, Supplier<Routing> routing) {
        this.edge = edge;
        this.routing = routing;
        this.from = from;
        this.to = to;
        setId(edge.id());
        getStyleClass().addAll("edge", edge.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-edge");
        if (edge.dashed()) {
            getStyleClass().add("dashed");
        }
        if (edge.broken()) {
            getStyleClass().add("broken");
            Tooltip.install(this, new Tooltip(edge.reason()));
        }
        curve.getStyleClass().add("edge-line");
        arrow.getStyleClass().add("edge-arrow");
        label.getStyleClass().add("edge-label");
        label.setText(edge.broken() ? edge.label() + " ✗" : edge.label());
        getChildren().addAll(curve, arrow);
        if (!edge.label().isEmpty()) {
            getChildren().add(label);
        }
        setMouseTransparent(!edge.broken());
        from.layoutXProperty().addListener(reroute);
        from.layoutYProperty().addListener(reroute);
        to.layoutXProperty().addListener(reroute);
        to.layoutYProperty().addListener(reroute);
        label.layoutBoundsProperty().addListener(reroute);
        route();
    }

    /** Stops following the boxes (this line was replaced; the boxes may stay). */
    void detach() {
        from.layoutXProperty().removeListener(reroute);
        from.layoutYProperty().removeListener(reroute);
        to.layoutXProperty().removeListener(reroute);
        to.layoutYProperty().removeListener(reroute);
    }

    /** Semantic zoom: condition words only when they can be read. */
    void labelShown(boolean shown) {
        label.setVisible(shown);
    }

    boolean touches(String nodeId) {
        return edge.fromId().equals(nodeId) || edge.toId().equals(nodeId);
    }

    GraphEdge edge() {
        return edge;
    }

    void showGate(Gate gate) {
        if (gate == shownGate) {
            return;
        }
        if (shownGate != null) {
            pseudoClassStateChanged(shownGate.pseudoClass(), false);
        }
        shownGate = gate;
        pseudoClassStateChanged(gate.pseudoClass(), true); // no selector matching again, as for boxes
        label.setText((edge.broken() ? edge.label() + " ✗" : edge.label()) + gate.icon());
    }

    private void route() {
        EdgeRoute r = routing.get().route(edge);
        if (r == null) {
            return;
        }
        java.util.List<PathElement> parts = new java.util.ArrayList<>();
        parts.add(new MoveTo(r.pieces().getFirst().x1(), r.pieces().getFirst().y1()));
        for (EdgeRoute.Piece p : r.pieces()) {
            parts.add(new CubicCurveTo(p.c1x(), p.c1y(), p.c2x(), p.c2y(), p.x2(), p.y2()));
        }
        curve.getElements().setAll(parts);
        if (edge.kind() == GraphEdge.Kind.DEPENDS_ON) {
            double ex = r.last().x2();
            double ey = r.last().y2();
            arrow.getPoints().setAll(ex, ey, ex - 12, ey - 6, ex - 12, ey + 6);
        } else {
            arrow.getPoints().clear();
        }
        // centred on the route's label point; Text's y is its baseline
        label.setLayoutX(r.labelX() - label.getLayoutBounds().getWidth() / 2);
        label.setLayoutY(r.labelY());
    }
}
