package dev.berth.ui.topology;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.transform.Scale;

/** Dragging a box moves it (and its lines); a press selects it; the drop is reported to be remembered. */
final class NodeDrag {
    private final NodeView view;
    private final Scale scale;
    private final BiConsumer<String, Point2D> onMoved;
    private final Consumer<String> onSelected;
    private Point2D grab;
    private boolean moved;

    NodeDrag(NodeView view, Scale scale, BiConsumer<String, Point2D> onMoved, Consumer<String> onSelected) {
        this.view = view;
        this.scale = scale;
        this.onMoved = onMoved;
        this.onSelected = onSelected;
    }

    void install() {
        view.setOnMousePressed(e -> {
            grab = new Point2D(e.getSceneX(), e.getSceneY());
            moved = false;
            onSelected.accept(view.getId());
            e.consume();
        });
        view.setOnMouseDragged(e -> {
            if (grab == null || !TopologyPane.primary(e)) {
                return;
            }
            double dx = (e.getSceneX() - grab.getX()) / scale.getX();
            double dy = (e.getSceneY() - grab.getY()) / scale.getY();
            view.relocate(view.getLayoutX() + dx, view.getLayoutY() + dy);
            grab = new Point2D(e.getSceneX(), e.getSceneY());
            moved = true;
            e.consume();
        });
        view.setOnMouseReleased(e -> {
            if (moved) {
                onMoved.accept(view.getId(), new Point2D(view.getLayoutX(), view.getLayoutY()));
            }
            grab = null;
            e.consume();
        });
        view.setOnMouseClicked(javafx.event.Event::consume);
    }
}
