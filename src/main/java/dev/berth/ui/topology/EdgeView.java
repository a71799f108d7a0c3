package dev.berth.ui.topology;

import javafx.scene.Group;
import javafx.scene.text.Text;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/**
 * A line between two boxes that follows them when they are dragged. depends_on lines run from the
 * right side of the dependency to the left side of the dependant; network and volume lines drop
 * from the bottom of the service to the top of the resource.
 */
final class EdgeView extends Group {
    private final GraphEdge edge;
    private final NodeView from;
    private final NodeView to;
    private final CubicCurve curve = new CubicCurve();
    private final Polygon arrow = new Polygon();
    private final Text label = new Text();

    EdgeView(GraphEdge edge, NodeView from, NodeView to) {
        this.edge = edge;
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
        from.layoutXProperty().addListener(o -> route());
        from.layoutYProperty().addListener(o -> route());
        to.layoutXProperty().addListener(o -> route());
        to.layoutYProperty().addListener(o -> route());
        label.layoutBoundsProperty().addListener(o -> route());
        route();
    }

    GraphEdge edge() {
        return edge;
    }

    void showGate(Gate gate) {
        getStyleClass().removeIf(c -> c.startsWith("gate-"));
        getStyleClass().add(gate.styleClass());
    }

    private void route() {
        GraphNode a = from.node();
        GraphNode b = to.node();
        double ax = from.getLayoutX();
        double ay = from.getLayoutY();
        double bx = to.getLayoutX();
        double by = to.getLayoutY();
        if (edge.kind() == GraphEdge.Kind.DEPENDS_ON) {
            double sx = ax + a.width();
            double sy = ay + a.height() / 2;
            double ex = bx;
            double ey = by + b.height() / 2;
            double bend = Math.max(40, Math.abs(ex - sx) / 2);
            set(sx, sy, sx + bend, sy, ex - bend, ey, ex, ey);
            arrow.getPoints().setAll(ex, ey, ex - 12, ey - 6, ex - 12, ey + 6);
        } else {
            double sx = ax + a.width() / 2;
            double sy = ay + a.height();
            double ex = bx + b.width() / 2;
            double ey = by;
            set(sx, sy, sx, sy + (ey - sy) / 2, ex, ey - (ey - sy) / 2, ex, ey);
            arrow.getPoints().clear();
        }
        // centred above the middle of the curve; Text's y is its baseline
        label.setLayoutX((curve.getStartX() + curve.getEndX()) / 2 - label.getLayoutBounds().getWidth() / 2);
        label.setLayoutY((curve.getStartY() + curve.getEndY()) / 2 - 8);
    }

    private void set(double sx, double sy, double c1x, double c1y, double c2x, double c2y, double ex, double ey) {
        curve.setStartX(sx);
        curve.setStartY(sy);
        curve.setControlX1(c1x);
        curve.setControlY1(c1y);
        curve.setControlX2(c2x);
        curve.setControlY2(c2y);
        curve.setEndX(ex);
        curve.setEndY(ey);
    }
}
