package dev.berth.ui.search;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The line above the drawing: a search field (Enter jumps to the next match, Esc clears), "Hide
 * others" (else the rest is dimmed), how many services match, and the focus, with a button to end it.
 */
public final class SearchBar extends HBox {
    private final TextField field = new TextField();
    private final ToggleButton hide = new ToggleButton("Hide others");

    public SearchBar(SearchViewModel vm, Consumer<String> jumpedTo) {
        super(8);
        setId("search-bar");
        getStyleClass().add("search-bar");
        field.setId("search-field");
        // reached with Ctrl+F; as the first traversable control it would take the keyboard when the window opens
        field.setFocusTraversable(false);
        field.setPromptText("Find services: name, state:running, net:front, profile:debug, image:…  (Ctrl+F, Enter jumps)");
        field.textProperty().bindBidirectional(vm.textProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                String id = vm.jump();
                if (id != null) {
                    jumpedTo.accept(id);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                e.consume();
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMaxWidth(560);
        hide.setId("hide-others");
        hide.setTooltip(new Tooltip("Hide what does not match, instead of dimming it"));
        hide.setFocusTraversable(false);
        Label summary = new Label();
        summary.setId("search-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinWidth(0);
        Button focus = new Button();
        focus.setId("clear-focus");
        focus.setTooltip(new Tooltip("End focus mode: show every service again"));
        focus.textProperty().bind(vm.focusProperty().map(f -> "Focus: " + f + "  ✕"));
        focus.visibleProperty().bind(vm.focusProperty().isNotNull());
        focus.managedProperty().bind(focus.visibleProperty());
        focus.setOnAction(e -> vm.focusOn(null));
        focus.setFocusTraversable(false);
        getChildren().addAll(field, hide, focus, summary);
        setStyle("-fx-padding: 4 8 4 8; -fx-alignment: center-left;");
    }

    public BooleanProperty hideOthersProperty() {
        return hide.selectedProperty();
    }

    /** Puts the keyboard in the search field with its text selected (Ctrl+F). */
    public void begin() {
        field.requestFocus();
        field.selectAll();
    }
}
