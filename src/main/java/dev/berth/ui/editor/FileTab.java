package dev.berth.ui.editor;

import dev.berth.ui.problems.ProblemsViewModel;
import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * One open file as a tab: the text with line numbers, colours and problem underlines, the problem's
 * words when the mouse rests on one, attribute names on Ctrl+Space, Ctrl+S to save, and a bar that
 * offers a newer version from disk while there is unsaved typing.
 */
final class FileTab extends Tab {
    /** How long typing pauses before the project is loaded again with the new text. */
    static final javafx.util.Duration QUIET = javafx.util.Duration.millis(300);
    private final EditorViewModel vm;
    private final OpenFile file;
    private final CodeArea area = new CodeArea();
    private final CodeStyling styling;
    private final Popup hover = new Popup();
    private final Label hoverText = new Label();
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private final ListChangeListener<dev.berth.compose.load.Problem> problemsChanged;
    private boolean echo;
    private String pulled;

    FileTab(EditorViewModel vm, OpenFile file) {
        this.vm = vm;
        this.file = file;
        setUserData(file);
        setClosable(false);
        textProperty().bind(Bindings.when(file.dirtyProperty()).then(file.file().getFileName() + " •")
                .otherwise(file.file().getFileName().toString()));
        setTooltip(new javafx.scene.control.Tooltip(file.file().toString()));
        area.getStyleClass().add("berth-code");
        area.setId("code-" + file.kind().name().toLowerCase() + "-" + vm.files().indexOf(file));
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.replaceText(file.textProperty().get());
        area.getUndoManager().forgetHistory();
        styling = new CodeStyling(area, file.kind());
        problemsChanged = c -> styling.problems(vm.problemsIn(file.file()));
        styling.all();
        styling.problems(vm.problemsIn(file.file()));
        wire();
        setContent(new BorderPane(new VirtualizedScrollPane<>(area), reloadBar(), null, null, null));
    }

    private void wire() {
        file.attach(() -> pulled = area.getText());
        area.plainTextChanges().subscribe(c -> {
            if (!echo) {
                file.touched();
                quiet.playFromStart();
            }
        });
        quiet.setOnFinished(e -> vm.check());
        file.textProperty().addListener((o, a, text) -> {
            // text read from this area comes back here: the same string, nothing to put back
            if (!echo && text != pulled && !text.equals(area.getText())) {
                echo = true;
                area.replaceText(text);
                echo = false;
            }
        });
        vm.problems().addListener(problemsChanged);
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.save(file);
                e.consume();
            } else if (e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown()) {
                area.replaceSelection("  ");   // YAML forbids tabs in indentation
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.SPACE, KeyCombination.CONTROL_DOWN).match(e)) {
                Completion.show(area);
                e.consume();
            }
        });
        hoverText.getStyleClass().add("problem-popup");
        hoverText.setId("problem-popup");
        hoverText.setWrapText(true);
        hoverText.setMaxWidth(520);
        hover.getContent().add(hoverText);
        hoverText.getStylesheets().add(FileTab.class.getResource("editor.css").toExternalForm());
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            var pos = area.offsetToPosition(e.getCharacterIndex(), TwoDimensional.Bias.Forward);
            if (showHover(pos.getMajor(), pos.getMinor())) {
                hover.show(area, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
    }

    /** Puts the words of the problem at this place into the hover label; false when there is none. */
    boolean showHover(int line, int column) {
        ProblemMarks.Mark mark = ProblemMarks.at(styling.marks(), line, column);
        if (mark == null) {
            return false;
        }
        String hint = ProblemsViewModel.hint(mark.problem());
        hoverText.setText(ProblemsViewModel.headline(mark.problem()) + (hint.isEmpty() ? "" : "\n" + hint));
        return true;
    }

    private HBox reloadBar() {
        Label what = new Label(file.file().getFileName() + " changed on disk; your typing is not saved.");
        Button reload = new Button("Reload from disk");
        reload.setId("reload-from-disk");
        reload.setOnAction(e -> vm.takeOffered(file));
        Button keep = new Button("Keep mine");
        keep.setId("keep-mine");
        keep.setOnAction(e -> vm.keepMine(file));
        HBox bar = new HBox(8, what, reload, keep);
        bar.getStyleClass().add("reload-bar");
        bar.setId("reload-bar");
        bar.visibleProperty().bind(file.offeredProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** The tab is gone: it stops following the problems. */
    void dispose() {
        vm.problems().removeListener(problemsChanged);
        quiet.stop();
        hover.hide();
    }

    CodeArea area() {
        return area;
    }

    OpenFile file() {
        return file;
    }

    Label hoverLabel() {
        return hoverText;
    }

    java.util.List<ProblemMarks.Mark> marks() {
        return styling.marks();
    }
}
