package dev.berth.ui;

import dev.berth.ui.run.Teaching;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Step mode's card: the Docker command of the next step in large monospace type, and one sentence
 * on why it comes now. Hidden while no step is pending.
 */
final class StepCard extends VBox {
    StepCard(Teaching teaching, String idPrefix) {
        super(6);
        getStyleClass().add("step-card");
        Label title = new Label("Next step, in Docker's words:");
        title.getStyleClass().add("step-title");
        Label command = new Label();
        command.setId(idPrefix + "-command");
        command.getStyleClass().add("step-command");
        command.setWrapText(true);
        command.textProperty().bind(teaching.commandProperty());
        Label why = new Label();
        why.setId(idPrefix + "-why");
        why.getStyleClass().add("step-why");
        why.setWrapText(true);
        why.textProperty().bind(teaching.whyProperty());
        getChildren().addAll(title, command, why);
        visibleProperty().bind(teaching.whyProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        setMinHeight(USE_PREF_SIZE);
    }
}
