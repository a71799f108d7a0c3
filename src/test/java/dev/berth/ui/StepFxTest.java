package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ComposeEngine;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
 * Teaching mode on the real dockerd, in the window as it opens on this screen: step mode (Ctrl+Shift+U,
 * then Ctrl+N) shows each step's Docker command large with why it comes now, and the inspector shows
 * a service's docker run line and, with nothing selected, what Compose adds.
 */
@ExtendWith(ApplicationExtension.class)
class StepFxTest {
    private final String name = "berthstep" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    private static ComposeEngine engine;

    @org.junit.jupiter.api.BeforeAll
    static void connect() {
        engine = Backends.engine(System.getenv());
    }

    @Start
    void start(Stage stage) throws Exception {
        harness.startAsOpened(stage, FxHarness.named(name), engine);
    }

    @AfterEach
    void down() {
        harness.down(name, engine, null);
    }

    @Test
    void eachStepShowsItsDockerCommandAndWhyItComesNow(FxRobot robot) throws Exception {
        assertThat(engine).as("a Docker Engine answers").isNotNull();
        robot.interact(() -> harness.vm.open(List.of(Path.of("src/test/resources/ui/slowdb/compose.yaml").toAbsolutePath())));
        FxHarness.waitFor(20, () -> robot.lookup("#service-api").tryQuery().isPresent());
        FxHarness.waitFor(10, () -> !harness.vm.inspector().rows().isEmpty());
        assertThat(harness.vm.inspector().rows()).anyMatch(r -> r.key().equals("start order") && r.value().equals("db → api → web"));

        robot.clickOn((Node) robot.lookup("#service-db").query());
        FxHarness.waitFor(20, () -> harness.vm.inspector().rows().stream()
                .anyMatch(r -> r.key().equals("docker run")));
        String run = harness.vm.inspector().rows().stream().filter(r -> r.key().equals("docker run")).findFirst().orElseThrow().value();
        assertThat(run).startsWith("docker run --detach --name " + name + "-db-1 ").contains("--env DB_PASSWORD ")
                .doesNotContain("not-for-your-eyes");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        Label command = robot.lookup("#step-command").queryAs(Label.class);
        Label why = robot.lookup("#step-why").queryAs(Label.class);
        FxHarness.waitFor(30, () -> command.getText().startsWith("docker "));
        boolean shot = false;
        List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 25 && !harness.vm.run().teaching().whyProperty().get().startsWith("All steps"); i++) {
            seen.add(command.getText().lines().findFirst().orElse("") + " | " + why.getText() + " | " + harness.vm.run().messageProperty().get());
            if (!shot && command.getText().startsWith("docker start " + name + "-api-1")) {
                assertThat(why.getText()).isEqualTo("The gate opened: db is healthy, so api starts now (" + causeOf(why) + ").");
                assertLarge(command);
                assertLarge(why);
                Thread.sleep(300);
                FxHarness.shoot(harness.stage.getScene(), "step-docker-command");
                shot = true;
            }
            String before = command.getText();
            if (i == 0) {
                robot.push(KeyCode.CONTROL, KeyCode.N);
            } else {
                robot.interact(harness.vm.run()::step); // as Ctrl+N, without the X server's key repeat
            }
            FxHarness.waitFor(60, () -> !harness.vm.run().busyProperty().get()
                    && !command.getText().equals(before));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(shot).as("step mode reached the start of api: " + String.join("\n", seen)).isTrue();
        FxHarness.waitFor(60, () -> robot.lookup("#service-web").query().getPseudoClassStates()
                .stream().anyMatch(c -> c.getPseudoClassName().equals("state-running") || c.getPseudoClassName().equals("state-healthy")));
    }

    private static String causeOf(Label why) {
        String t = why.getText();
        return t.substring(t.lastIndexOf('(') + 1, t.lastIndexOf(')'));
    }

    private static void assertLarge(Label label) {
        Text text = (Text) label.lookup(".text");
        double onScreen = text.getFont().getSize() * Math.hypot(text.getLocalToSceneTransform().getMxy(),
                text.getLocalToSceneTransform().getMyy());
        assertThat(onScreen).as(label.getId() + " text size").isGreaterThanOrEqualTo(ProjectorFxTest.SMALLEST_TEXT);
    }
}
