package dev.berth.ui.problems;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/** A read-only view of a source file, numbered, with one line marked and scrolled into view. */
final class SourcePane extends BorderPane {
    private final Label title = new Label("Choose a problem to see its source");
    private final ListView<String> lines = new ListView<>();
    private int marked = -1;

    SourcePane() {
        getStyleClass().add("source-pane");
        setId("source-view");
        title.getStyleClass().add("pane-title");
        lines.getStyleClass().add("source-lines");
        lines.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().remove("marked-line");
                if (empty || text == null) {
                    setText(null);
                    return;
                }
                setText(String.format("%4d  %s", getIndex() + 1, text));
                if (getIndex() + 1 == marked) {
                    getStyleClass().add("marked-line");
                }
            }
        });
        setTop(title);
        setCenter(lines);
    }

    void show(ProblemsViewModel.SourceView view) {
        if (view == null) {
            lines.getItems().clear();
            title.setText("No source for this problem");
            return;
        }
        marked = view.line();
        title.setText(view.file().getFileName() + " — line " + view.line() + ", column " + view.column());
        lines.getItems().setAll(view.lines().isEmpty() ? java.util.List.of("(cannot read " + view.file() + ")") : view.lines());
        int index = Math.max(0, view.line() - 1);
        lines.getSelectionModel().clearAndSelect(index);
        lines.scrollTo(Math.max(0, index - 5));
    }
}
