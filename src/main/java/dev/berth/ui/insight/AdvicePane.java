package dev.berth.ui.insight;

import dev.berth.insight.advice.AdviceText;
import dev.berth.insight.advice.Finding;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;

/**
 * The advice section of the problems: each finding at its file:line with why, and for a mechanical fix the lines it
 * would change, written only when the person presses Apply.
 */
public final class AdvicePane extends SplitPane {
    private final ListView<String> preview = new ListView<>();
    private final Button apply = new Button("Apply fix");
    private final Label title = new Label("Choose a finding to see its fix.");

    public AdvicePane(InsightViewModel vm) {
        getStyleClass().add("advice-pane");
        setId("advice-pane");
        ListView<Finding> list = new ListView<>(vm.advice());
        list.setId("advice-list");
        Label none = new Label("No advice: the files follow the course's checks.");
        none.getStyleClass().add("muted");
        list.setPlaceholder(none);
        list.setCellFactory(v -> new FindingCell(vm));
        preview.setId("fix-preview");
        preview.setStyle("-fx-font-family: monospace;");
        apply.setId("apply-fix");
        apply.setDisable(true);
        title.setWrapText(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> show(f));
        apply.setOnAction(e -> {
            Finding f = list.getSelectionModel().getSelectedItem();
            if (f != null && f.fix() != null) {
                vm.apply(f);
                apply.setDisable(true);
            }
        });
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        VBox right = new VBox(6, title, preview, apply, message);
        right.setStyle("-fx-padding: 6;");
        getItems().addAll(list, right);
        setDividerPositions(0.55);
    }

    private void show(Finding f) {
        boolean fixable = f != null && f.fix() != null;
        title.setText(f == null ? "" : fixable ? "Fix: " + f.fix().title() + " (" + f.fix().file().getFileName() + ")"
                : "No mechanical fix: " + f.why());
        preview.getItems().setAll(fixable ? f.fix().preview() : java.util.List.of());
        apply.setDisable(!fixable);
    }

    private static final class FindingCell extends ListCell<Finding> {
        private final InsightViewModel vm;

        FindingCell(InsightViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Path base = vm.loadedProperty().get() == null ? null : vm.loadedProperty().get().project().workingDir();
            Label head = new Label(AdviceText.where(f.location(), base) + f.message() + (f.fix() != null ? "  ✎" : ""));
            head.getStyleClass().add("advice-headline");
            head.setStyle("-fx-font-weight: bold;");
            head.setWrapText(true);
            Label why = new Label(f.rule() + ": " + f.why());
            why.getStyleClass().add("advice-why");
            why.setWrapText(true);
            VBox box = new VBox(2, head, why);
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(box);
            setText(null);
        }
    }
}
