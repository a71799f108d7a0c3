package dev.berth.ui.topology;

import java.util.Arrays;
import javafx.css.PseudoClass;
import javafx.scene.text.Text;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One box of the drawing. Its id is the node id ({@code service-web}); state shows as a CSS
 * pseudo-class ({@code :state-healthy}) so themes decide the colours. Several replicas show as a stack of cards.
 */
final class NodeView extends StackPane {
    private static final PseudoClass GHOST = PseudoClass.getPseudoClass("ghost");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private GraphNode node;
    private final VBox card = new VBox(2);
    private final Text status = new Text();
    private final org.kordamp.ikonli.javafx.FontIcon icon = StateIcons.node();
    private final Text name;
    private Region[] stack;
    /** The card's lines when near; far, the card holds the name alone (fewer nodes for every pulse to walk). */
    private final java.util.List<javafx.scene.Node> lines;
    private ServiceStatus shownStatus;
    private boolean far;
    private javafx.scene.Node overlay;

    NodeView(GraphNode node) {
        this.node = node;
        setId(node.id());
        getStyleClass().addAll("graph-node", node.kind().name().toLowerCase(java.util.Locale.ROOT) + "-node");
        pseudoClassStateChanged(GHOST, node.ghost());
        name = new Text(node.name());
        name.getStyleClass().add("node-name");
        card.getStyleClass().add("node-card");
        card.getChildren().add(name);
        for (String line : node.details()) {
            Text l = new Text(line);
            l.getStyleClass().add("node-detail");
            if (node.kind() == GraphNode.Kind.SERVICE && card.getChildren().size() == 1) {
                l.getStyleClass().add("node-image"); // the first line; presentation hides it to keep type large
                l.managedProperty().bind(l.visibleProperty());
            }
            card.getChildren().add(l);
        }
        if (node.kind() == GraphNode.Kind.SERVICE) {
            status.getStyleClass().add("node-status");
            card.getChildren().add(status);
        }
        if (!node.badges().isEmpty()) {
            card.getChildren().add(Badges.row(node.badges()));
        }
        getChildren().add(card);
        lines = java.util.List.copyOf(card.getChildren());
        if (node.kind() == GraphNode.Kind.SERVICE) {
            icon.getStyleClass().add("node-icon");
            icon.setId(node.id() + "-state");
            StackPane.setAlignment(icon, javafx.geometry.Pos.TOP_RIGHT);
            StackPane.setMargin(icon, new javafx.geometry.Insets(6, 10, 0, 0));
            getChildren().add(icon);
        }
        setPrefSize(node.width(), node.height());
        setMinSize(node.width(), node.height());
        setMaxSize(node.width(), node.height());
        relocate(node.x(), node.y());
        showStatus(node.ghost() ? null : ServiceStatus.UNKNOWN);
    }

    /** The one slot others draw into (live usage bars): laid over the box's bottom edge; null empties it. */
    void overlay(javafx.scene.Node n) {
        getChildren().remove(overlay);
        overlay = n;
        if (n != null) {
            StackPane.setAlignment(n, javafx.geometry.Pos.BOTTOM_LEFT);
            StackPane.setMargin(n, new javafx.geometry.Insets(0, 8, 7, 12));
            getChildren().add(n);
        }
    }

    GraphNode node() {
        return node;
    }

    /**
     * Takes {@code next} in place when it is this box with only its profile switch flipped (a profile
     * ticked): the box keeps its identity, place and children, only its ghost look and status change.
     * False when anything else differs (the box must be made anew).
     */
    boolean adopt(GraphNode next) {
        if (next.equals(node)) {
            return true;
        }
        if (!next.withGhost(node.ghost()).equals(node)) {
            return false;
        }
        node = next;
        pseudoClassStateChanged(GHOST, next.ghost());
        shownStatus = null;
        showStatus(next.ghost() ? null : ServiceStatus.UNKNOWN);
        return true;
    }

    void showStatus(ServiceStatus s) {
        if (s != null && s.equals(shownStatus)) {
            return;
        }
        ContainerState was = shownStatus == null ? null : shownStatus.state();
        shownStatus = s;
        // a pseudo-class, not a style class: flipping it re-styles this box from cached styles, while
        // a style class makes JavaFX match every selector again for the box and all its parts
        if (was != null && (s == null || s.state() != was)) {
            pseudoClassStateChanged(was.pseudoClass(), false);
        }
        if (s == null) {
            status.setText(node.ghost() ? "profile off" : "");
            StateIcons.show(icon, null);
            return;
        }
        pseudoClassStateChanged(s.state().pseudoClass(), true);
        StateIcons.show(icon, s.state());
        status.setText(s.text());
        if (s.replicas() > 1 && stack == null) {
            addStack();
        }
        if (stack != null) {
            Arrays.stream(stack).forEach(r -> r.setVisible(s.replicas() > 1));
        }
    }

    /** Cards behind the box, made only for services with replicas: most services have one. */
    private void addStack() {
        stack = new Region[] {new Region(), new Region()};
        for (int i = 0; i < stack.length; i++) {
            stack[i].getStyleClass().addAll("node-card", "stack-card");
            stack[i].setTranslateX(8.0 * (stack.length - i));
            stack[i].setTranslateY(-8.0 * (stack.length - i));
        }
        getChildren().addAll(0, Arrays.asList(stack));
    }

    /**
     * Semantic zoom: below {@code far} scale the box shows its name alone, enlarged so it reads at
     * about {@code namePx} on screen (as far as the box is wide); nearer, every line at its size.
     */
    void zoomedTo(double scale, double farBelow, double namePx) {
        boolean nowFar = scale < farBelow;
        if (nowFar != far) {
            far = nowFar;
            // out of the scene graph, not only transparent: each pulse walks every node of the window for its bounds,
            // and a box's state change re-styles all of its parts (200 services: the drawing 5,415 nodes near, 3,588 far)
            card.getChildren().setAll(far ? java.util.List.of(name) : lines);
            card.setAlignment(far ? javafx.geometry.Pos.CENTER : javafx.geometry.Pos.TOP_LEFT);
        }
        double fit = (node.width() - 24) / Math.max(1, name.getLayoutBounds().getWidth());
        double k = far ? Math.max(1, Math.min(fit, namePx / (name.getFont().getSize() * scale))) : 1;
        name.setScaleX(k);
        name.setScaleY(k);
    }

    boolean far() {
        return far;
    }

    void select(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    ServiceStatus status() {
        return shownStatus;
    }

    String statusText() {
        return status.getText();
    }
}
