package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.DockerComposeEngine;
import dev.berth.engine.FakeGateway;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A service's context actions by keyboard alone, from the drawing and from the list, over an in-memory
 * Docker Engine: the arrows choose a box, the Menu key / Shift+F10 open its menu, Alt+Shift keys act
 * on the selected service.
 */
@ExtendWith(ApplicationExtension.class)
class ServiceKeysFxTest {
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    @TempDir
    Path dir;
    private final FakeGateway fake = new FakeGateway().withImage("berth/busybox:latest").healthyAtStart();

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, FxHarness.handMade(), new DockerComposeEngine(fake));
    }

    private void open(FxRobot robot) throws Exception {
        Path file = Files.createDirectories(dir.resolve("webapp")).resolve("compose.yaml");
        Files.writeString(file, "services: {}\n");
        robot.interact(() -> harness.vm.open(List.of(file)));
        FxHarness.waitFor(10, () -> robot.lookup("#service-web").tryQuery().isPresent());
    }

    private static ContextMenu shownMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu c && c.isShowing()
                && "service-menu".equals(c.getId())).map(ContextMenu.class::cast).findFirst().orElse(null);
    }

    /** Chooses a menu item as a keyboard user does: arrows down until it has the focus, then Enter. */
    private static void choose(FxRobot robot, String item) {
        ContextMenu menu = shownMenu();
        String id = menu.getItems().stream().filter(i -> item.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + item)).getId();
        for (int i = 0; i <= menu.getItems().size() && !focused(menu, id); i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(focused(menu, id)).as("the arrows reached " + item).isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean focused(ContextMenu menu, String id) {
        javafx.scene.Node owner = menu.getScene().getFocusOwner();
        return owner != null && id.equals(owner.getId());
    }

    /** Waits for a call to the in-memory engine; a timeout shows the calls there were. */
    private void called(java.util.function.Predicate<String> call) {
        try {
            FxHarness.waitFor(10, () -> fake.calls().stream().anyMatch(call));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(fake.calls()).anyMatch(call);
        }
    }

    @Test
    void theDrawingIsDrivenByArrowsAndTheMenuKey(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> harness.window.pane().topology().requestFocus());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        String first = harness.vm.topology().selectedService();
        assertThat(first).as("Home selects the first box").isNotNull();
        for (KeyCode arrow : List.of(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.LEFT, KeyCode.UP)) {
            if (first.equals(harness.vm.topology().selectedService())) {
                robot.type(arrow);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        String second = harness.vm.topology().selectedService();
        assertThat(second).as("an arrow moves to the next box").isNotNull().isNotEqualTo(first);

        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        FxHarness.waitFor(5, () -> shownMenu() != null);
        assertThat(shownMenu().getItems()).extracting(i -> i.getText())
                .contains("Up " + second, "Start " + second, "Stop " + second, "Restart " + second,
                        "Show only the logs of " + second, "Inspect " + second);
        choose(robot, "Up " + second);
        called(c -> c.equals("start webapp-" + second + "-1"));
        assertThat(shownMenu()).isNull();

        // the Service menu's key acts on the selected service
        FxHarness.waitFor(10, () -> !harness.vm.run().busyProperty().get());
        robot.interact(() -> harness.window.pane().topology().requestFocus());
        robot.press(KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.ALT);
        called(c -> c.startsWith("stop webapp-" + second + "-1"));
    }

    @Test
    void aListRowOpensTheSameMenuFromTheKeyboard(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> {
            harness.window.pane().find().listShownProperty().set(true);
            harness.window.pane().panes().rightShownProperty().set(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> list = robot.lookup("#service-list").query();
        robot.interact(() -> {
            list.requestFocus();
            harness.vm.topology().select(dev.berth.ui.topology.GraphNode.idOf(
                    dev.berth.ui.topology.GraphNode.Kind.SERVICE, "db"));
        });
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        FxHarness.waitFor(5, () -> shownMenu() != null);
        assertThat(shownMenu().getItems().getFirst().getText()).isEqualTo("Up db");
        choose(robot, "Inspect db");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.window.pane().panes().rightShownProperty().get()).as("the inspector opened").isTrue();
        assertThat(harness.vm.topology().selectedService()).isEqualTo("db");
    }
}
