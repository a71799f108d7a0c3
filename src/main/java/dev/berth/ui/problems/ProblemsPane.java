package dev.berth.ui.problems;

import dev.berth.compose.load.Problem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;

/** The list of problems; choosing one opens its file at the line, read-only, with the line marked. */
public final class ProblemsPane extends SplitPane {
    private java.util.function.Consumer<Problem> onEdit = p -> { };

    public ProblemsPane(ProblemsViewModel vm) {
        getStyleClass().add("problems-pane");
        ListView<Problem> list = new ListView<>(vm.problems());
        list.setId("problem-list");
        Label none = new Label("No problems");
        none.getStyleClass().add("muted");
        list.setPlaceholder(none);
        list.setCellFactory(v -> new ProblemCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> vm.open(p));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onEdit.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                onEdit.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        SourcePane source = new SourcePane();
        vm.sourceProperty().addListener((o, a, s) -> source.show(s));
        getItems().addAll(list, source);
        setDividerPositions(0.5);
    }

    /** What a double click or Enter on a problem does: the window opens it in the editor. */
    public void setOnEdit(java.util.function.Consumer<Problem> action) {
        onEdit = action;
    }

    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label head = new Label(ProblemsViewModel.headline(p));
            head.getStyleClass().add("problem-headline");
            head.setWrapText(true);
            Label hint = new Label(ProblemsViewModel.hint(p));
            hint.getStyleClass().add("problem-hint");
            hint.setVisible(p.hint() != null);
            hint.setManaged(p.hint() != null);
            hint.setWrapText(true);
            VBox box = new VBox(2, head, hint);
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            box.getStyleClass().add("problem");
            setGraphic(box);
            setText(null);
        }
    }
}
