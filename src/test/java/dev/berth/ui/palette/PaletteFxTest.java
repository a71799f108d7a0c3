package dev.berth.ui.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ui.FxHarness;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+Shift+P lists every menu command; typing filters, Enter runs the one chosen. */
@ExtendWith(ApplicationExtension.class)
class PaletteFxTest {
    @RegisterExtension
    final FxHarness harness = new FxHarness();

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, FxHarness.handMade(), null);
    }

    @Test
    void thePaletteFiltersTheMenuCommandsAndRunsTheChosenOne(FxRobot robot) throws Exception {
        ToggleButton logs = robot.lookup("#bottom-pane-toggle").query();
        assertThat(logs.isSelected()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        FxHarness.waitFor(5, () -> robot.lookup("#palette-list").tryQuery().isPresent());
        ListView<Command> list = robot.lookup("#palette-list").query();
        assertThat(list.getItems()).extracting(Command::name)
                .contains("File › Open", "Run › Up", "View › Dark theme", "View › Command palette", "File › Save")
                .hasSizeGreaterThan(20);
        assertThat(list.getItems()).filteredOn(c -> c.name().equals("Run › Up")).extracting(Command::keys)
                .containsExactly("Ctrl+U");
        robot.write("logs pane");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).extracting(Command::name).containsExactly("View › Logs pane");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(logs.isSelected()).as("the command ran").isFalse();
        assertThat(robot.lookup("#palette-list").tryQuery().filter(n -> n.getScene().getWindow().isShowing())).isEmpty();
    }

    @Test
    void everyWordMustMatch() {
        Command c = new Command("View › Zoom in", "Ctrl+=", new javafx.scene.control.MenuItem());
        assertThat(c.matches("zoom IN")).isTrue();
        assertThat(c.matches("view ctrl")).isTrue();
        assertThat(c.matches("zoom out")).isFalse();
        assertThat(c.matches("")).isTrue();
    }
}
