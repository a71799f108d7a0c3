package dev.berth.ui.topology;

import java.util.Comparator;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The drawing by keyboard: the arrows move the selection to the nearest service that way (the first when
 * none is selected), Home to the first box, Enter centres the selected one, and the Menu key or Shift+F10
 * opens its context menu under it. A click on the drawing gives it the keyboard.
 */
final class GraphKeys {
    private final TopologyPane pane;

    private GraphKeys(TopologyPane pane) {
        this.pane = pane;
    }

    static void install(TopologyPane pane) {
        GraphKeys keys = new GraphKeys(pane);
        pane.setFocusTraversable(true);
        pane.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pane.requestFocus());
        pane.addEventHandler(KeyEvent.KEY_PRESSED, keys::pressed);
    }

    private void pressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        String selected = pane.selectedId();
        NodeView from = selected == null ? null : pane.views().get(selected);
        boolean done = true;
        if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
            if (from != null) {
                pane.openMenu(selected);
            }
        } else if (e.getCode() == KeyCode.ENTER && from != null) {
            pane.centreOn(selected);
        } else if (e.getCode() == KeyCode.HOME || from == null && e.getCode().isArrowKey()) {
            choose(first());
        } else if (e.getCode().isArrowKey()) {
            choose(next(from, e.getCode()));
        } else {
            done = false;
        }
        if (done) {
            e.consume();
        }
    }

    private void choose(NodeView v) {
        if (v == null) {
            return;
        }
        pane.choose(v.node().id());
        Bounds b = v.localToScene(v.getBoundsInLocal());
        Bounds view = pane.localToScene(pane.getLayoutBounds());
        if (!view.contains(b)) {
            pane.centreOn(v.node().id());
        }
    }

    private NodeView first() {
        return pane.views().values().stream().filter(GraphKeys::reachable)
                .min(Comparator.comparingDouble((NodeView v) -> v.getLayoutY()).thenComparingDouble(NodeView::getLayoutX))
                .orElse(null);
    }

    /** The nearest visible box in the arrow's direction, a step sideways counting twice as far as one ahead. */
    private NodeView next(NodeView from, KeyCode arrow) {
        double fx = centreX(from);
        double fy = centreY(from);
        NodeView best = null;
        double bestScore = Double.MAX_VALUE;
        for (NodeView v : pane.views().values()) {
            double dx = centreX(v) - fx;
            double dy = centreY(v) - fy;
            double ahead = switch (arrow) {
                case RIGHT, KP_RIGHT -> dx;
                case LEFT, KP_LEFT -> -dx;
                case DOWN, KP_DOWN -> dy;
                default -> -dy;
            };
            double side = arrow == KeyCode.LEFT || arrow == KeyCode.RIGHT || arrow == KeyCode.KP_LEFT
                    || arrow == KeyCode.KP_RIGHT ? Math.abs(dy) : Math.abs(dx);
            double score = ahead + 2 * side;
            if (v != from && reachable(v) && ahead > 0.5 && score < bestScore) {
                best = v;
                bestScore = score;
            }
        }
        return best;
    }

    /** Services shown; networks and volumes have no actions to reach. */
    private static boolean reachable(NodeView v) {
        return v.isVisible() && v.node().kind() == GraphNode.Kind.SERVICE;
    }

    private static double centreX(NodeView v) {
        return v.getLayoutX() + v.node().width() / 2;
    }

    private static double centreY(NodeView v) {
        return v.getLayoutY() + v.node().height() / 2;
    }
}
