package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ComposeEngine;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Up on the real dockerd from the window: the plan preview, api waiting for db with its reason,
 * nodes turning healthy, and a container's log line in the logs pane.
 */
@ExtendWith(ApplicationExtension.class)
class UpFxTest {
    private final String name = "berthui" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    private static ComposeEngine engine;

    /** Connecting takes a second or more on a loaded machine: not inside TestFX's setup timeout. */
    @org.junit.jupiter.api.BeforeAll
    static void connect() {
        engine = Backends.engine(System.getenv());
    }

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, FxHarness.named(name), engine);
    }

    @AfterEach
    void down() {
        harness.down(name, engine, null);
    }

    @Test
    void upShowsThePlanThenTheWaitReasonThenHealthyNodesAndLogs(FxRobot robot) throws Exception {
        assertThat(engine).as("a Docker Engine answers").isNotNull();
        robot.interact(() -> harness.vm.open(List.of(Path.of("src/test/resources/ui/slowdb/compose.yaml").toAbsolutePath())));
        waitFor(robot, 20, "#service-api");
        robot.clickOn("#up-button");
        FxHarness.waitFor(30, () -> robot.lookup("#plan-preview").tryQuery().isPresent());
        javafx.scene.control.ListView<?> plan = robot.lookup("#plan-preview").queryAs(javafx.scene.control.ListView.class);
        assertThat(plan.getItems().stream().map(Object::toString)).anyMatch(l -> l.startsWith("create db"));
        javafx.scene.control.Button runUp = robot.lookup("#run-up-button").queryButton();
        FxHarness.waitFor(10, () -> runUp.getScene().getWindow().isShowing());
        FxHarness.shoot(runUp.getScene(), "plan-preview");
        robot.interact(runUp::fire);

        robot.clickOn((Node) robot.lookup("#service-api").query());
        Label why = robot.lookup("#why-waiting").queryAs(Label.class);
        FxHarness.waitFor(30, () -> why.getText().contains("db"));
        assertThat(why.getText()).contains("waiting").contains("db");
        FxHarness.shoot(harness.stage.getScene(), "waiting");

        for (String id : List.of("#service-db", "#service-api")) {
            FxHarness.waitFor(60, () -> FxHarness.shows(robot, id, "state-healthy"));
        }
        try {
            FxHarness.waitFor(30, () -> FxHarness.shows(robot, "#service-web", "state-running"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("web never showed running; the window's activity: "
                    + FxHarness.read(() -> List.copyOf(harness.vm.run().activity())), e);
        }
        FxHarness.waitFor(20, () -> harness.vm.logs().shown().stream()
                .anyMatch(l -> l.text().contains("db ready to serve")));
        assertThat(harness.vm.logs().shown()).noneMatch(l -> l.text().contains("not-for-your-eyes"));
        robot.clickOn((Node) robot.lookup("#service-db").query());
        WaitForAsyncUtils.waitForFxEvents();
        FxHarness.shoot(harness.stage.getScene(), "running");
        robot.interact(() -> harness.vm.logs().searchProperty().set("ready"));
        assertThat(harness.vm.logs().shown()).allMatch(l -> l.text().contains("ready"));
        FxHarness.shoot(harness.stage.getScene(), "logs");
    }

    private static void waitFor(FxRobot robot, int seconds, String query) throws Exception {
        FxHarness.waitFor(seconds, () -> robot.lookup(query).tryQuery().isPresent());
    }
}
