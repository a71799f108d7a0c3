package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ComposeEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A service whose container exits at once, on the real dockerd: its box ends exited, never left "running" by the
 * run's own start report arriving after the engine's exit event.
 */
@ExtendWith(ApplicationExtension.class)
class OneShotFxTest {
    private final String name = "berthone" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    private static ComposeEngine engine;
    @TempDir
    static Path dir;

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
    void aContainerThatExitsAtOnceShowsExited(FxRobot robot) throws Exception {
        assertThat(engine).as("a Docker Engine answers").isNotNull();
        Path file = Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  once:
                    image: berth/busybox:latest
                    command: ["true"]
                  web:
                    image: berth/busybox:latest
                    command: ["sleep", "300"]
                """);
        robot.interact(() -> harness.vm.open(List.of(file)));
        FxHarness.waitFor(20, () -> robot.lookup("#service-once").tryQuery().isPresent());
        // every state the box shows, in order, for a failure's message
        List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        long t0 = System.nanoTime();
        robot.interact(() -> robot.lookup("#service-once").query().getPseudoClassStates().addListener(
                (javafx.collections.SetChangeListener<PseudoClass>) c -> {
                    if (c.wasAdded() && c.getElementAdded().getPseudoClassName().startsWith("state-")) {
                        seen.add((System.nanoTime() - t0) / 1_000_000 + " ms " + c.getElementAdded().getPseudoClassName());
                    }
                }));
        robot.clickOn("#up-button");
        FxHarness.waitFor(30, () -> robot.lookup("#run-up-button").tryQuery().isPresent());
        robot.interact(robot.lookup("#run-up-button").queryButton()::fire);

        FxHarness.waitFor(60, () -> FxHarness.shows(robot, "#service-web", "state-running"));
        FxHarness.waitFor(30, () -> !harness.vm.run().busyProperty().get());
        FxHarness.waitFor(10, () -> FxHarness.shows(robot, "#service-once", "state-exited"));
        Thread.sleep(1500); // nothing may turn it back: a late report would land within this
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxHarness.shows(robot, "#service-once", "state-exited")).as("once stays exited; it showed %s; the run ended %s",
                seen, harness.vm.run().messageProperty().get()).isTrue();
    }
}
