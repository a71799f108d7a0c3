package dev.berth.ui.stack;

import static dev.berth.ui.stack.SwarmFx.chips;
import static dev.berth.ui.stack.SwarmFx.quiet;
import static dev.berth.ui.stack.SwarmFx.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.ProjectLoader;
import dev.berth.compose.model.Project;
import dev.berth.engine.docker.SwarmCalls;
import dev.berth.stack.DeployOptions;
import dev.berth.stack.StackEngine;
import dev.berth.ui.FxHarness;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Swarm target of the window during a rolling update on the test swarm (scripts/swarm-dockerd.sh). */
@ExtendWith(ApplicationExtension.class)
class StackFxTest {
    private static final String YAML = """
            services:
              web:
                image: berth/busybox:latest
                command: ["sleep", "3600"]
                init: true
                environment: {V: "VALUE"}
                healthcheck: {test: ["CMD", "true"], interval: 2s, start_period: 2s}
                deploy:
                  replicas: 6
                  update_config: {parallelism: 2, order: start-first}
            """;
    @TempDir Path dir;
    private final String stack = "bfx" + UUID.randomUUID().toString().substring(0, 6);
    private final ScheduledExecutorService background = Executors.newScheduledThreadPool(1,
            r -> Thread.ofPlatform().daemon().unstarted(r));
    private StackEngine engine;
    private StackViewModel vm;
    private Scene scene;

    private static Map<String, String> swarm;

    @BeforeAll
    static void swarm() throws Exception {
        run("scripts/swarm-dockerd.sh", "start", "2");
        swarm = Map.of("DOCKER_HOST", run("scripts/swarm-dockerd.sh", "host").strip());
    }

    @Start
    void start(Stage stage) {
        engine = new StackEngine(SwarmCalls.connect(swarm, null));
        vm = new StackViewModel(() -> engine, background, Platform::runLater);
        scene = new Scene(new StackPane(vm, new SwarmActions(vm, () -> null, () -> stage)), 1280, 720);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void remove() throws Exception {
        vm.stop();
        engine.remove(List.of(stack), true, quiet());
        background.shutdownNow();
    }

    @Test
    void aRollingUpdateAdvancesTaskByTaskOnScreen(FxRobot robot) throws Exception {
        deploy("1");
        vm.follow(stack, 300);
        eventually(() -> cardText(robot).contains(" 6/6 "), "the card never showed 6/6");
        Thread.ofPlatform().daemon().start(() -> deploy("2"));
        // start-first, two at a time: new tasks appear while old ones still run
        eventually(() -> chips(robot).stream().anyMatch(t -> !t.endsWith(" running")), "no task other than running was shown");
        FxHarness.shoot(scene, "swarm-rolling-update-pane"); // the main window's shot is SwarmWindowFxTest's
        // the engine's current tasks all running, and six running chips on screen (older tasks may still be listed)
        eventually(() -> FxHarness.read(() -> vm.state().get() != null && vm.state().get().current().stream()
                .filter(t -> t.state().equals("running")).count() == 6)
                && chips(robot).stream().filter(t -> t.endsWith(" running")).count() == 6,
                "the update never converged");
        assertEquals(6, chips(robot).stream().filter(t -> t.endsWith(" running")).count());
        assertTrue(cardText(robot).startsWith(stack + "_web"));
    }

    private void deploy(String value) {
        try {
            Files.writeString(dir.resolve("compose.yaml"), YAML.replace("VALUE", value));
            LoadOptions options = new LoadOptions(List.of(dir.resolve("compose.yaml")), dir, null, stack, List.of(),
                    List.of(), Map.of(), true, List.of());
            Project project = new ProjectLoader(new ByteArrayInputStream(new byte[0])).load(options).project();
            DeployOptions deploy = new DeployOptions(stack, false, "never", null, false, true);
            engine.deploy(project, engine.plan(project, deploy), deploy, quiet());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The title of the service's card as shown now (cards are drawn anew with each state), or "" before it shows. */
    private String cardText(FxRobot robot) {
        return FxHarness.read(() -> robot.lookup("#service-" + stack + "_web").tryQuery().map(n -> ((Label) n).getText())
                .orElse(""));
    }

    private static void eventually(BooleanSupplier check, String failure) throws InterruptedException {
        SwarmFx.eventually(check, failure, java.time.Duration.ofSeconds(120));
    }
}
