package dev.berth.ui.topology;

import java.util.Collection;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A small overview of the whole drawing in a corner: every box as a dot in its state's colour
 * (matches of a search stronger), and the part now on screen as a frame. Clicking or dragging in
 * it moves the view there. Drawn on a canvas, so 500 services cost one paint, not 500 nodes.
 */
final class Minimap extends Canvas {
    static final double WIDTH = 220;
    static final double HEIGHT = 150;
    private double ratio = 1;

    Minimap(BiConsumer<Double, Double> centreOn) {
        super(WIDTH, HEIGHT);
        setId("minimap");
        getStyleClass().add("minimap");
        setOnMousePressed(e -> {
            centreOn.accept(e.getX() / ratio, e.getY() / ratio);
            e.consume();
        });
        setOnMouseDragged(e -> {
            centreOn.accept(e.getX() / ratio, e.getY() / ratio);
            e.consume();
        });
        setOnMouseClicked(javafx.event.Event::consume);
    }

    /** Paints the boxes and the frame of the visible area {@code view} = {x, y, w, h} in drawing units. */
    void paint(Topology t, Collection<NodeView> views, Set<String> shown, String selected, double[] view) {
        double width = t.width();
        double height = t.height();
        ratio = Math.min(WIDTH / Math.max(1, width), HEIGHT / Math.max(1, height));
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRect(0, 0, width * ratio, height * ratio);
        for (NodeView v : views) {
            GraphNode n = v.node();
            boolean dim = shown != null && !shown.contains(n.id());
            g.setGlobalAlpha(dim ? 0.2 : n.ghost() ? 0.45 : 1);
            g.setFill(colour(v));
            g.fillRect(v.getLayoutX() * ratio, v.getLayoutY() * ratio, Math.max(2, n.width() * ratio), Math.max(2, n.height() * ratio));
            if (n.id().equals(selected)) {
                g.setStroke(Color.web("#1e88e5"));
                g.setLineWidth(2);
                g.strokeRect(v.getLayoutX() * ratio - 1, v.getLayoutY() * ratio - 1, n.width() * ratio + 2, n.height() * ratio + 2);
            }
        }
        g.setGlobalAlpha(1);
        g.setStroke(Color.web("#d81b60"));
        g.setLineWidth(1.5);
        g.strokeRect(view[0] * ratio, view[1] * ratio, view[2] * ratio, view[3] * ratio);
    }

    private static Color colour(NodeView v) {
        if (v.node().kind() == GraphNode.Kind.NETWORK) {
            return Color.web("#1565c0");
        }
        if (v.node().kind() == GraphNode.Kind.VOLUME) {
            return Color.web("#6a1b9a");
        }
        ServiceStatus s = v.status();
        return switch (s == null ? ContainerState.NOT_CREATED : s.state()) {
            case NOT_CREATED -> Color.web("#90a4ae");
            case CREATED -> Color.web("#f9a825");
            case STARTING, RESTARTING -> Color.web("#f57f17");
            case RUNNING -> Color.web("#7cb342");
            case HEALTHY -> Color.web("#2e7d32");
            case UNHEALTHY -> Color.web("#c62828");
            case EXITED, REMOVING -> Color.web("#616161");
        };
    }
}
