package dev.berth.ui.topology;

import java.util.Arrays;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One box of the drawing. Its id is the node id ({@code service-web}); state shows as a CSS class
 * ({@code state-healthy}) so themes decide the colours. Several replicas show as a stack of cards.
 */
final class NodeView extends StackPane {
    private static final PseudoClass GHOST = PseudoClass.getPseudoClass("ghost");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final GraphNode node;
    private final VBox card = new VBox(2);
    private final Label status = new Label();
    private final Region[] stack = {new Region(), new Region()};
    private ServiceStatus shownStatus;

    NodeView(GraphNode node) {
        this.node = node;
        setId(node.id());
        getStyleClass().addAll("graph-node", node.kind().name().toLowerCase(java.util.Locale.ROOT) + "-node");
        pseudoClassStateChanged(GHOST, node.ghost());
        Label name = new Label(node.name());
        name.getStyleClass().add("node-name");
        card.getStyleClass().add("node-card");
        card.getChildren().add(name);
        for (String line : node.details()) {
            Label l = new Label(line);
            l.getStyleClass().add("node-detail");
            card.getChildren().add(l);
        }
        if (node.kind() == GraphNode.Kind.SERVICE) {
            status.getStyleClass().add("node-status");
            card.getChildren().add(status);
            for (int i = 0; i < stack.length; i++) {
                stack[i].getStyleClass().add("node-card");
                stack[i].getStyleClass().add("stack-card");
                stack[i].setTranslateX(8.0 * (stack.length - i));
                stack[i].setTranslateY(-8.0 * (stack.length - i));
                stack[i].setVisible(false);
            }
            getChildren().addAll(stack);
        }
        getChildren().add(card);
        setPrefSize(node.width(), node.height());
        setMinSize(node.width(), node.height());
        setMaxSize(node.width(), node.height());
        relocate(node.x(), node.y());
        showStatus(node.ghost() ? null : ServiceStatus.UNKNOWN);
    }

    GraphNode node() {
        return node;
    }

    void showStatus(ServiceStatus s) {
        if (s != null && s.equals(shownStatus)) {
            return;
        }
        shownStatus = s;
        getStyleClass().removeIf(c -> c.startsWith("state-"));
        if (s == null) {
            status.setText(node.ghost() ? "profile off" : "");
            return;
        }
        getStyleClass().add(s.state().styleClass());
        status.setText(s.text());
        Arrays.stream(stack).forEach(r -> r.setVisible(s.replicas() > 1));
    }

    void select(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    String statusText() {
        return status.getText();
    }
}
