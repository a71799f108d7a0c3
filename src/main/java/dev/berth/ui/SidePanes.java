package dev.berth.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The panes around the drawing, each of which can be folded away so the drawing takes its room: the
 * profiles pane on the left, the inspector on the right, the logs under the drawing. Side panes keep
 * a width in pixels (not a share of the window), so on a 1024-pixel projector the drawing still gets
 * most of the screen; a window narrower than {@link #NARROW} starts with the profiles pane folded.
 */
final class SidePanes {
    static final double NARROW = 1200;
    static final double LEFT_WIDTH = 210;
    static final double RIGHT_WIDTH = 320;
    static final double BOTTOM_SHARE = 0.30;
    private final SplitPane sides;
    private final SplitPane centre;
    private final Node left;
    private final Node right;
    private final Node bottom;
    private final BooleanProperty leftShown = new SimpleBooleanProperty(true);
    private final BooleanProperty rightShown = new SimpleBooleanProperty(true);
    private final BooleanProperty bottomShown = new SimpleBooleanProperty(true);
    private final Runnable changed;
    private boolean sized;

    /** {@code changed} runs after a pane was folded or shown (the drawing fits itself again). */
    SidePanes(SplitPane sides, SplitPane centre, Node left, Node right, Node bottom, Runnable changed) {
        this.changed = changed;
        this.sides = sides;
        this.centre = centre;
        this.left = left;
        this.right = right;
        this.bottom = bottom;
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        leftShown.addListener((o, a, on) -> place());
        rightShown.addListener((o, a, on) -> place());
        bottomShown.addListener((o, a, on) -> place());
        sides.widthProperty().addListener((o, a, w) -> firstSize(w.doubleValue()));
    }

    /** Folds the left pane when the window opens narrower than {@link #NARROW}. */
    void opening(double windowWidth) {
        if (windowWidth < NARROW) {
            leftShown.set(false);
        }
    }

    /** Sets the dividers in pixels until the panes have the window's full width (after that they keep theirs). */
    private void firstSize(double width) {
        if (sized || width <= 0) {
            return;
        }
        sized = sides.getScene() != null && Math.abs(sides.getScene().getWidth() - width) < 1;
        dividers();
    }

    private void place() {
        boolean hasLeft = sides.getItems().contains(left);
        if (leftShown.get() != hasLeft) {
            if (leftShown.get()) {
                sides.getItems().addFirst(left);
            } else {
                sides.getItems().remove(left);
            }
        }
        if (rightShown.get() != sides.getItems().contains(right)) {
            if (rightShown.get()) {
                sides.getItems().addLast(right);
            } else {
                sides.getItems().remove(right);
            }
        }
        if (bottomShown.get() != centre.getItems().contains(bottom)) {
            if (bottomShown.get()) {
                centre.getItems().addLast(bottom);
            } else {
                centre.getItems().remove(bottom);
            }
        }
        dividers();
        changed.run();
    }

    private void dividers() {
        double w = sides.getWidth();
        if (w > 0) {
            double l = Math.min(LEFT_WIDTH, w / 4) / w;
            double r = 1 - Math.min(RIGHT_WIDTH, w / 3) / w;
            if (leftShown.get() && rightShown.get()) {
                sides.setDividerPositions(l, r);
            } else if (leftShown.get()) {
                sides.setDividerPositions(l);
            } else if (rightShown.get()) {
                sides.setDividerPositions(r);
            }
        }
        if (bottomShown.get()) {
            centre.setDividerPositions(1 - BOTTOM_SHARE);
        }
    }

    BooleanProperty leftShownProperty() {
        return leftShown;
    }

    BooleanProperty rightShownProperty() {
        return rightShown;
    }

    BooleanProperty bottomShownProperty() {
        return bottomShown;
    }
}
