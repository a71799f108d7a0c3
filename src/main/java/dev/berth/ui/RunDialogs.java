package dev.berth.ui;

import dev.berth.engine.Plan;
import dev.berth.ui.run.PlanText;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The confirmations before changing things: the Up plan preview and Down's volume choice. */
final class RunDialogs {
    private RunDialogs() {}

    /**
     * Shows what Up will do, each line with its cause, and on a second tab the same in Docker CLI
     * commands (none when the engine cannot say them); true when the person confirms.
     */
    static boolean confirmPlan(Window owner, Plan plan, List<String> dockerCommands) {
        List<String> lines = PlanText.summary(plan);
        ListView<String> list = new ListView<>();
        list.getItems().setAll(lines);
        list.setId("plan-preview");
        list.setPrefSize(640, Math.min(420, 40 + lines.size() * 28.0));
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Up: plan preview");
        alert.setHeaderText(plan.changesNothing() ? "Everything is up to date." : "Up will do this:");
        javafx.scene.control.TextArea docker = new javafx.scene.control.TextArea(String.join("\n", dockerCommands));
        docker.setId("plan-docker-commands");
        docker.setEditable(false);
        docker.getStyleClass().add("docker-commands");
        docker.setPrefSize(640, 420);
        javafx.scene.control.Tab planTab = new javafx.scene.control.Tab("Plan", list);
        javafx.scene.control.Tab dockerTab = new javafx.scene.control.Tab("In Docker's words", docker);
        dockerTab.setDisable(dockerCommands.isEmpty());
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(planTab, dockerTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        alert.getDialogPane().setContent(new VBox(8, tabs));
        alert.getDialogPane().setId("plan-dialog");
        ButtonType run = new ButtonType("Run Up", ButtonType.OK.getButtonData());
        alert.getButtonTypes().setAll(run, ButtonType.CANCEL);
        alert.getDialogPane().lookupButton(run).setId("run-up-button");
        return alert.showAndWait().filter(b -> b == run).isPresent();
    }

    /** Asks before Down; empty when cancelled, else whether named volumes go too. */
    static Optional<Boolean> confirmDown(Window owner, String projectName) {
        CheckBox volumes = new CheckBox("Also remove the project's named volumes (down -v)");
        volumes.setId("down-volumes");
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Down");
        alert.setHeaderText("Stop and remove the containers and networks of " + projectName + "?");
        alert.getDialogPane().setContent(new VBox(8, new Label("Named volumes survive unless you tick:"), volumes));
        alert.getDialogPane().setId("down-dialog");
        return alert.showAndWait().filter(b -> b == ButtonType.OK).map(b -> volumes.isSelected());
    }
}
