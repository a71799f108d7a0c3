package dev.berth.ui.insight;

import dev.berth.insight.build.BuildProgress;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Live builds: per service a progress bar and the step in progress; the chosen (else last changed) one's output. */
public final class BuildPane extends SplitPane {
    private final BuildViewModel vm;
    private final ListView<BuildProgress> services = new ListView<>();
    private final ListView<String> output = new ListView<>();
    private String chosen;

    /** {@code build} runs a Build of the open project. */
    public BuildPane(BuildViewModel vm, Runnable build) {
        this.vm = vm;
        setId("build-pane");
        services.setId("build-services");
        output.setId("build-output");
        output.setStyle("-fx-font-family: monospace;");
        services.setItems(vm.rows());
        services.setCellFactory(l -> new Row());
        services.setPlaceholder(new Label("Builds of Up or Build show here, step by step."));
        Button run = new Button("Build");
        run.setId("build-button");
        run.setOnAction(e -> build.run());
        VBox left = new VBox(6, new HBox(8, run, new Label("images of services with a build section")), services);
        VBox.setVgrow(services, Priority.ALWAYS);
        services.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                chosen = p.serviceName();
                showOutput(p);
            }
        });
        vm.rows().addListener((ListChangeListener<BuildProgress>) c -> {
            while (c.next()) {
                for (BuildProgress p : c.getAddedSubList()) {
                    if (chosen == null || chosen.equals(p.serviceName()) || !vm.rows().stream()
                            .anyMatch(r -> r.serviceName().equals(chosen))) {
                        showOutput(p);
                    }
                }
            }
        });
        getItems().addAll(left, output);
        setDividerPositions(0.42);
    }

    private void showOutput(BuildProgress p) {
        output.getItems().setAll(p.output());
        output.scrollTo(Math.max(0, p.output().size() - 1));
    }

    /** A service's row: name, bar of steps begun, the step in progress. */
    private static final class Row extends ListCell<BuildProgress> {
        private final Label name = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final Label step = new Label();
        private final VBox box = new VBox(3, new HBox(10, name, bar), step);

        Row() {
            name.setStyle("-fx-font-weight: bold; -fx-font-size: 14;");
            name.setMinWidth(90);
            bar.setPrefWidth(180);
            bar.getStyleClass().add("build-bar");
            step.getStyleClass().add("build-step");
        }

        @Override
        protected void updateItem(BuildProgress p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            name.setText(p.serviceName());
            bar.setProgress(p.state() == BuildProgress.State.BUILDING && p.total() == 0 ? -1 : p.share());
            step.setText(p.headline());
            step.setStyle(p.state() == BuildProgress.State.FAILED ? "-fx-text-fill: #c0392b;" : "");
            setGraphic(box);
        }
    }
}
