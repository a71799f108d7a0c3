package dev.berth.ui.palette;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * Every command of the window by name (Ctrl+Shift+P): type to filter, arrows to choose, Enter to run,
 * Esc to close. The list is read from the menus each time it opens.
 */
public final class CommandPalette {
    private final Popup popup = new Popup();
    private final TextField filter = new TextField();
    private final ListView<Command> list = new ListView<>();
    private FilteredList<Command> shown;

    public CommandPalette() {
        filter.setId("palette-filter");
        filter.setPromptText("Type a command…");
        list.setId("palette-list");
        list.setPrefSize(560, 320);
        list.setCellFactory(v -> new CommandCell());
        filter.textProperty().addListener((o, a, text) -> {
            shown.setPredicate(c -> c.matches(text));
            list.getSelectionModel().selectFirst();
        });
        filter.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                runSelected();
            }
        });
        VBox box = new VBox(filter, list);
        box.getStyleClass().add("palette");
        box.setId("palette");
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> popup.hide();
            case ENTER -> runSelected();
            case DOWN -> list.getSelectionModel().selectNext();
            case UP -> list.getSelectionModel().selectPrevious();
            default -> {
                return;
            }
        }
        list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 3));
        e.consume();
    }

    private void runSelected() {
        Command c = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (c != null) {
            c.run();
        }
    }

    /** Opens over the top middle of {@code owner}'s content with {@code commands}. */
    public void show(Window owner, javafx.scene.Node anchor, List<Command> commands) {
        shown = new FilteredList<>(FXCollections.observableArrayList(commands));
        list.setItems(shown);
        filter.clear();
        list.getSelectionModel().selectFirst();
        ((VBox) popup.getContent().getFirst()).getStylesheets().setAll(owner.getScene().getStylesheets());
        Bounds b = anchor.localToScreen(anchor.getLayoutBounds());
        popup.show(owner, b.getMinX() + Math.max(0, (b.getWidth() - 560) / 2), b.getMinY() + 40);
        filter.requestFocus();
    }

    public boolean showing() {
        return popup.isShowing();
    }

    private static final class CommandCell extends ListCell<Command> {
        @Override
        protected void updateItem(Command c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label keys = new Label(c.keys());
            keys.getStyleClass().add("palette-keys");
            BorderPane row = new BorderPane(null, null, keys, null, new Label(c.name()));
            setGraphic(row);
            setText(null);
        }
    }
}
