package dev.berth.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where the window opens, given the visual bounds of the screens (the part not taken by panels and
 * docks): a remembered size shrinks to fit the screen it lands on and a remembered place moves in
 * so the whole window shows. Pure, so it is tested without a screen.
 */
record WindowPlacement(double x, double y, double width, double height) {
    static final double DEFAULT_WIDTH = 1400;
    static final double DEFAULT_HEIGHT = 900;

    /**
     * {@code screen} is the visual bounds of the screen the remembered place is on (or the primary
     * screen's when there is none); {@code x}, {@code y} NaN when no place was remembered (then centred).
     */
    static WindowPlacement of(Rectangle2D screen, double width, double height, double x, double y) {
        double w = Math.min(valid(width) ? width : DEFAULT_WIDTH, screen.getWidth());
        double h = Math.min(valid(height) ? height : DEFAULT_HEIGHT, screen.getHeight());
        double px = Double.isNaN(x) ? screen.getMinX() + (screen.getWidth() - w) / 2 : x;
        double py = Double.isNaN(y) ? screen.getMinY() + (screen.getHeight() - h) / 2 : y;
        px = clamp(px, screen.getMinX(), screen.getMaxX() - w);
        py = clamp(py, screen.getMinY(), screen.getMaxY() - h);
        return new WindowPlacement(px, py, w, h);
    }

    private static boolean valid(double size) {
        return !Double.isNaN(size) && size > 0;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }

    Rectangle2D bounds() {
        return new Rectangle2D(x, y, width, height);
    }
}
