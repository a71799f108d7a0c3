package dev.berth.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ui.Backends;
import dev.berth.ui.FxHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor under the drawing: problems underlined as they are typed, saving, a change on disk. */
@ExtendWith(ApplicationExtension.class)
class EditorFxTest {
    private static final String COMPOSE = """
            # the shop, for the editor test
            services:
              web:   # the front
                image: berth/busybox:latest
                depends_on: [db]

              db:
                image: berth/busybox:latest   # kept small
            """;

    @RegisterExtension
    final FxHarness harness = new FxHarness();
    @TempDir
    Path dir;
    private Path compose;

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, Backends.loader(), null);
    }

    private CodeArea open(FxRobot robot) throws Exception {
        compose = Files.createDirectories(dir.resolve("shop")).resolve("compose.yaml");
        Files.writeString(compose, COMPOSE);
        robot.interact(() -> harness.vm.open(List.of(compose)));
        FxHarness.waitFor(10, () -> robot.lookup("#service-web").tryQuery().isPresent());
        robot.interact(() -> harness.window.pane().showEditor());
        CodeArea area = harness.window.pane().editor().area(compose);
        assertThat(area).isNotNull();
        return area;
    }

    private static boolean underlined(CodeArea area, int line, int column) {
        return area.getStyleOfChar(line, column).contains(CodeStyling.PROBLEM);
    }

    @Test
    void aTypedMistakeIsUnderlinedAtItsLineAndGoesAwayWhenFixed(FxRobot robot) throws Exception {
        CodeArea area = open(robot);
        robot.interact(() -> {
            area.moveTo(3, 4);   // line 4, before "image"
            area.requestFocus();
        });
        robot.write("x");
        FxHarness.waitFor(10, () -> underlined(area, 3, 5));
        assertThat(underlined(area, 2, 3)).as("the line above stays clean").isFalse();
        assertThat(harness.vm.project().problems()).anySatisfy(p -> {
            assertThat(p.location().line()).isEqualTo(4);
            assertThat(p.message()).contains("ximage");
        });
        FileTab tab = harness.window.pane().editor().tab(compose);
        var word = new java.util.concurrent.atomic.AtomicReference<javafx.geometry.Bounds>();
        robot.interact(() -> word.set(area.getCharacterBoundsOnScreen(area.getAbsolutePosition(3, 5),
                area.getAbsolutePosition(3, 8)).orElseThrow()));
        robot.moveTo(new javafx.geometry.Point2D(word.get().getCenterX(), word.get().getCenterY()));
        FxHarness.waitFor(5, () -> tab.hoverLabel().getScene() != null
                && tab.hoverLabel().getScene().getWindow().isShowing());
        assertThat(tab.hoverLabel().getText()).contains("compose.yaml:4:5").contains("did you mean 'image'");
        robot.interact(() -> assertThat(tab.showHover(2, 4)).as("no problem on line 3").isFalse());
        assertThat(robot.lookup("#service-web").tryQuery()).as("the last good drawing stays").isPresent();
        FxHarness.shoot(harness.stage.getScene(), "editor-error");

        // a double click on the problem in the Problems tab puts the caret on it in the editor
        robot.interact(() -> harness.window.pane().bottomTabs().getSelectionModel().select(1));
        robot.doubleClickOn((Node) robot.lookup("#problem-list .list-cell").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.window.pane().bottomTabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("editor-tab");
        assertThat(area.getCurrentParagraph()).isEqualTo(3);
        assertThat(area.getCaretColumn()).isEqualTo(4);
        robot.interact(() -> area.moveTo(3, 5));
        robot.type(KeyCode.BACK_SPACE);
        FxHarness.waitFor(10, () -> harness.vm.project().problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(underlined(area, 3, 5)).isFalse();
        // a valid edit: a third service appears in the drawing without saving
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.write("  cache:\n    image: berth/busybox:latest\n");
        FxHarness.waitFor(10, () -> robot.lookup("#service-cache").tryQuery().isPresent());
        assertThat(Files.readString(compose)).as("nothing saved yet").isEqualTo(COMPOSE);
    }

    @Test
    void ctrlSpaceOffersTheSpecsNamesForTheMappingAtTheCaret(FxRobot robot) throws Exception {
        CodeArea area = open(robot);
        robot.interact(() -> {
            area.moveTo(4, area.getParagraphLength(4));
            area.requestFocus();
        });
        robot.write("\n    heal");
        robot.press(KeyCode.CONTROL).type(KeyCode.SPACE).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("healthcheck");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getParagraph(5).getText()).isEqualTo("    healthcheck: ");
        robot.type(KeyCode.TAB);
        assertThat(area.getParagraph(5).getText()).as("Tab indents with spaces").isEqualTo("    healthcheck:   ");
        // after a key, the values the spec names for it
        robot.interact(() -> area.replaceText(5, 0, 5, area.getParagraphLength(5), "    restart:"));
        robot.interact(() -> area.moveTo(5, area.getParagraphLength(5)));
        robot.press(KeyCode.CONTROL).type(KeyCode.SPACE).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("unless-stopped");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getParagraph(5).getText()).isEqualTo("    restart: unless-stopped");
    }

    @Test
    void savingWritesTheTypedTextWithItsCommentsByteForByte(FxRobot robot) throws Exception {
        CodeArea area = open(robot);
        robot.interact(() -> area.moveTo(6, 4));   // "db" → "dbx"
        robot.interact(area::requestFocus);
        robot.write("x");
        robot.interact(() -> area.moveTo(4, 19));  // depends_on: [db] → [dbx]
        robot.write("x");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String expected = COMPOSE.replace("  db:", "  dbx:").replace("[db]", "[dbx]");
        assertThat(Files.readAllBytes(compose)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(harness.vm.editor().find(compose).dirtyProperty().get()).isFalse();
        FxHarness.waitFor(10, () -> robot.lookup("#service-dbx").tryQuery().isPresent());
        assertThat(Files.list(compose.getParent()).map(p -> p.getFileName().toString()).toList())
                .as("no temporary file left beside it").containsExactly("compose.yaml");
    }

    @Test
    void aChangeOnDiskWhileTypingIsOfferedAsAReload(FxRobot robot) throws Exception {
        CodeArea area = open(robot);
        robot.interact(() -> area.moveTo(0, 0));
        robot.interact(area::requestFocus);
        robot.write("# mine\n");
        String theirs = COMPOSE.replace("kept small", "changed elsewhere");
        Files.writeString(compose, theirs);
        FxHarness.waitFor(10, () -> robot.lookup("#reload-bar").query().isVisible());
        assertThat(area.getText()).as("the typing is not lost").startsWith("# mine\n");
        robot.clickOn((Node) robot.lookup("#reload-from-disk").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo(theirs);
        assertThat(robot.lookup("#reload-bar").query().isVisible()).isFalse();
    }
}
