package dev.berth.ui.editor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * The open project's files, one tab each (compose files, those they include or extend, then env files),
 * with a line for what happened.
 */
public final class EditorPane extends BorderPane {
    private final EditorViewModel vm;
    private final TabPane tabs = new TabPane();

    public EditorPane(EditorViewModel vm) {
        this.vm = vm;
        setId("editor");
        getStyleClass().add("editor-pane");
        getStylesheets().add(EditorPane.class.getResource("editor.css").toExternalForm());
        tabs.setId("editor-tabs");
        Label message = new Label();
        message.getStyleClass().add("muted");
        message.textProperty().bind(vm.messageProperty());
        vm.files().addListener((ListChangeListener<OpenFile>) c -> rebuild());
        rebuild();
        setCenter(tabs);
        setBottom(message);
    }

    private void rebuild() {
        Map<OpenFile, FileTab> existing = new LinkedHashMap<>();
        tabs.getTabs().forEach(t -> existing.put(((FileTab) t).file(), (FileTab) t));
        List<FileTab> next = vm.files().stream()
                .map(f -> existing.containsKey(f) ? existing.remove(f) : new FileTab(vm, f)).toList();
        existing.values().forEach(FileTab::dispose);
        var shown = tabs.getSelectionModel().getSelectedItem();
        tabs.getTabs().setAll(next);
        if (shown != null && next.contains(shown)) {
            tabs.getSelectionModel().select(shown);   // a tab that opens (an include) does not take the keyboard
        }
    }

    /** The code area of an open file, or null. */
    public org.fxmisc.richtext.CodeArea area(Path file) {
        FileTab tab = tab(file);
        return tab == null ? null : tab.area();
    }

    FileTab tab(Path file) {
        return tabs.getTabs().stream().map(t -> (FileTab) t).filter(t -> t.file().file().equals(file))
                .findFirst().orElse(null);
    }

    /** Saves the file in the tab on show. */
    public void saveShown() {
        FileTab tab = (FileTab) tabs.getSelectionModel().getSelectedItem();
        if (tab != null) {
            vm.save(tab.file());
        }
    }

    /** Puts the keyboard in the shown file's text. */
    public void focusShown() {
        FileTab tab = (FileTab) tabs.getSelectionModel().getSelectedItem();
        if (tab != null) {
            javafx.application.Platform.runLater(tab.area()::requestFocus);
        }
    }

    /** Shows the file's tab with the caret at a 1-based line and column. */
    public void reveal(Path file, int line, int column) {
        FileTab tab = tab(file);
        if (tab != null && line > 0) {
            tabs.getSelectionModel().select(tab);
            int p = Math.min(line - 1, tab.area().getParagraphs().size() - 1);
            tab.area().moveTo(p, Math.min(Math.max(0, column - 1), tab.area().getParagraphLength(p)));
            tab.area().requestFollowCaret();
            tab.area().requestFocus();
        }
    }

    public TabPane tabs() {
        return tabs;
    }
}
