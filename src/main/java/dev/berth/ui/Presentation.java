package dev.berth.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Presentation mode: full screen, the drawing alone in large type and high contrast, with one
 * status line saying what happens (and, in step mode, what the next step does and why).
 */
final class Presentation {
    private final Stage stage;
    private final MainPane main;
    private final MainViewModel vm;
    private final Label line = new Label();
    private final StepCard stepCard;
    private boolean on;
    private Node savedTop;
    private Node savedCentre;
    private Node savedBottom;
    private int topologyIndex;
    private Node drawing; // the drawing, or the Swarm target's pane when that is shown in its place

    Presentation(Stage stage, MainPane main, MainViewModel vm) {
        this.stage = stage;
        this.main = main;
        this.vm = vm;
        line.setId("presentation-status");
        line.getStyleClass().add("presentation-status");
        line.setWrapText(true);
        line.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::text,
                vm.run().messageProperty(), vm.project().statusProperty(), vm.run().whyWaitingProperty(),
                vm.run().teaching().captionProperty(), vm.run().busyProperty()));
        stepCard = new StepCard(vm.run().teaching(), "presentation-step");
        stage.fullScreenProperty().addListener((o, a, full) -> {
            if (!full && on) {
                toggle();
            }
        });
    }

    /** One line: what happens now (the caption while something runs), then why the selected service waits. */
    private String text() {
        String why = vm.run().whyWaitingProperty().get();
        String msg = vm.run().messageProperty().get();
        String caption = vm.run().teaching().captionProperty().get();
        String base = vm.run().busyProperty().get() && !caption.isEmpty() ? caption
                : msg == null || msg.isEmpty() ? vm.project().statusProperty().get() : msg;
        return why == null || why.isEmpty() ? base : base + "\n" + why;
    }

    boolean on() {
        return on;
    }

    void toggle() {
        on = !on;
        var root = stage.getScene().getRoot();
        if (on) {
            savedTop = main.getTop();
            savedCentre = main.getCenter();
            savedBottom = main.getBottom();
            var centre = main.centre();
            drawing = centre.getItems().getFirst();
            topologyIndex = 0;
            centre.getItems().remove(drawing);
            main.setTop(null);
            main.setBottom(null);
            VBox.setVgrow(drawing, javafx.scene.layout.Priority.ALWAYS);
            main.setCenter(new BorderPane(drawing, null, null, new VBox(stepCard, line), null));
            root.getStyleClass().add("presentation");
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        } else {
            BorderPane holder = (BorderPane) main.getCenter();
            holder.setCenter(null);
            var centre = main.centre();
            centre.getItems().add(topologyIndex, drawing);
            main.setTop(savedTop);
            main.setCenter(savedCentre);
            main.setBottom(savedBottom);
            root.getStyleClass().remove("presentation");
            stage.setFullScreen(false);
        }
        main.topology().fitSoon();
    }
}
