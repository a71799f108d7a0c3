package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ui.palette.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every action of the window is in the command palette: each tool bar button's key (named in its tooltip)
 * is a palette command's key, each menu item with an action is a palette command, and each action of a
 * service's context menu is a palette command with a key, acting on the selected service.
 */
@ExtendWith(ApplicationExtension.class)
class PaletteCompletenessFxTest {
    private static final Pattern KEYS_IN_TIP = Pattern.compile("\\(([^,)]+)");
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, FxHarness.handMade(), null);
    }

    private List<Command> palette(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        FxHarness.waitFor(5, () -> robot.lookup("#palette-list").tryQuery()
                .filter(n -> n.getScene().getWindow().isShowing()).isPresent());
        ListView<Command> list = robot.lookup("#palette-list").query();
        List<Command> shown = List.copyOf(list.getItems());
        robot.type(KeyCode.ESCAPE);
        return shown;
    }

    @Test
    void everyToolBarMenuAndServiceActionIsInThePalette(FxRobot robot) throws Exception {
        Path file = Files.createDirectories(dir.resolve("webapp")).resolve("compose.yaml");
        Files.writeString(file, "services: {}\n");
        robot.interact(() -> harness.vm.open(List.of(file)));
        FxHarness.waitFor(10, () -> robot.lookup("#service-web").tryQuery().isPresent());
        robot.interact(() -> harness.vm.topology().select("service-web"));
        List<Command> palette = palette(robot);
        List<String> keys = palette.stream().map(Command::keys).toList();

        ToolBar tools = robot.lookup("#tool-bar").query();
        List<ButtonBase> buttons = tools.getItems().stream().filter(ButtonBase.class::isInstance)
                .map(ButtonBase.class::cast).toList();
        assertThat(buttons).hasSizeGreaterThan(10);
        for (ButtonBase b : buttons) {
            assertThat(b.getTooltip()).as(b.getId() + " has a tooltip").isNotNull();
            Matcher m = KEYS_IN_TIP.matcher(b.getTooltip().getText());
            assertThat(m.find()).as(b.getId() + " names its key in its tooltip").isTrue();
            String display = KeyCombination.keyCombination(m.group(1).strip()).getDisplayText();
            assertThat(keys).as(b.getId() + "'s key " + display + " is a palette command").contains(display);
            assertThat(display).as("keys are shown as people read them").doesNotContain("DIGIT");
        }

        MenuBar bar = robot.lookup("#menu-bar").query();
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, items));
        assertThat(items).hasSizeGreaterThan(30);
        for (MenuItem item : items) {
            if (item.isDisable()) {
                continue; // not runnable now (the Swarm verbs while Compose is the target): the palette leaves it out
            }
            assertThat(palette).as("menu item '" + item.getText() + "' is in the palette")
                    .anyMatch(c -> c.item() == item);
        }

        var menu = harness.window.pane().services().menu("web");
        assertThat(menu.getItems()).hasSizeGreaterThanOrEqualTo(6);
        for (MenuItem action : menu.getItems()) {
            assertThat(palette).as("'" + action.getText() + "' is in the palette with a key")
                    .anyMatch(c -> c.name().endsWith(" › " + action.getText()) && !c.keys().isEmpty());
        }
    }

    /** The menu items that do something (not separators, not the empty placeholders of a list filled on opening). */
    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, into);
            } else if (!(item instanceof SeparatorMenuItem) && item.getOnAction() != null) {
                into.add(item);
            }
        }
    }
}
