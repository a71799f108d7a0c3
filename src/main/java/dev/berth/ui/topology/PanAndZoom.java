package dev.berth.ui.topology;

import javafx.geometry.Point2D;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/** Wheel zooms around the pointer, dragging the empty background pans. */
final class PanAndZoom {
    private final Region area;
    private final Translate pan;
    private final Scale scale;
    private Point2D last;

    PanAndZoom(Region area, Translate pan, Scale scale) {
        this.area = area;
        this.pan = pan;
        this.scale = scale;
    }

    void install() {
        area.setOnScroll(e -> {
            double factor = e.getDeltaY() > 0 ? 1.1 : 1 / 1.1;
            zoomAt(pan, scale, factor, new Point2D(e.getX(), e.getY()));
            e.consume();
        });
        area.setOnMousePressed(e -> last = TopologyPane.primary(e) ? new Point2D(e.getX(), e.getY()) : null);
        area.setOnMouseDragged(e -> {
            if (last != null) {
                pan.setX(pan.getX() + e.getX() - last.getX());
                pan.setY(pan.getY() + e.getY() - last.getY());
                last = new Point2D(e.getX(), e.getY());
            }
        });
        area.setOnMouseReleased(e -> last = null);
    }

    /** Keeps the drawing point under {@code at} in place while the scale changes. */
    static void zoomAt(Translate pan, Scale scale, double factor, Point2D at) {
        double s = Math.max(0.1, Math.min(4, scale.getX() * factor));
        double ratio = s / scale.getX();
        pan.setX(at.getX() - (at.getX() - pan.getX()) * ratio);
        pan.setY(at.getY() - (at.getY() - pan.getY()) * ratio);
        scale.setX(s);
        scale.setY(s);
    }
}
