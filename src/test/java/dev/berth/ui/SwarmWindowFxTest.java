package dev.berth.ui;

import static dev.berth.ui.stack.SwarmFx.chips;
import static dev.berth.ui.stack.SwarmFx.quiet;
import static dev.berth.ui.stack.SwarmFx.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.engine.docker.SwarmCalls;
import dev.berth.stack.StackEngine;
import dev.berth.stack.StackViews.ServiceRow;
import dev.berth.ui.stack.SwarmFx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window's Swarm target on the test swarm (scripts/swarm-dockerd.sh): a person switches the target, deploys
 * the open project after its preview, scales its service, rolls it onto another image, rolls that back and removes
 * the stack, all from the window; each step is checked on the engine as well as on screen.
 */
@ExtendWith(ApplicationExtension.class)
class SwarmWindowFxTest {
    @RegisterExtension final FxHarness harness = new FxHarness();
    @TempDir static Path dir;
    private static final String STACK = "bwin" + UUID.randomUUID().toString().substring(0, 6);
    private static String host;
    private final StackEngine engine = new StackEngine(SwarmCalls.connect(Map.of("DOCKER_HOST", host), null));

    @BeforeAll
    static void swarm() throws Exception {
        run("scripts/swarm-dockerd.sh", "start", "2");
        host = run("scripts/swarm-dockerd.sh", "host").strip();
        // a second tag of the same image on every node: the image to update to, with nothing to pull
        for (String node : List.of("1", "2")) {
            run("docker", "-H", run("scripts/swarm-dockerd.sh", "host", node).strip(), "tag", "berth/busybox:latest",
                    "berth/busybox:v2");
        }
        // The first probe comes 3 s after a task's start: dockerd 20.10's Swarm executor listens for the container's
        // "healthy" event only once its start returned, so a probe that passes before (1 s, on a loaded machine)
        // leaves the task "starting" for good, and an update or rollback never ends.
        Files.writeString(dir.resolve("compose.yaml"), """
                name: %s
                services:
                  web:
                    image: berth/busybox:latest
                    command: ["sleep", "3600"]
                    init: true
                    healthcheck: {test: ["CMD", "true"], interval: 3s, start_period: 3s}
                    deploy:
                      replicas: 2
                      update_config: {parallelism: 2, order: start-first, delay: 1s}
                      rollback_config: {parallelism: 3, order: start-first}
                """.formatted(STACK));
    }

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, Backends.loader(), null, Map.of("BERTH_SWARM_HOST", host));
        harness.vm.open(List.of(dir.resolve("compose.yaml")));
    }

    @AfterEach
    void remove() throws Exception {
        engine.remove(List.of(STACK), true, quiet());
    }

    @Test
    void deployScaleUpdateRollBackAndRemoveFromTheWindow(FxRobot robot) throws Exception {
        eventually(() -> harness.vm.project().project() != null, "the project never loaded");
        robot.clickOn("#target-swarm");
        assertTrue(robot.lookup("#stack-pane").tryQuery().isPresent(), "the Swarm target did not replace the drawing");
        robot.clickOn("#stack-deploy-button");
        eventually(shown(robot, "#stack-plan-dialog"), "no deploy preview");
        List<?> preview = FxHarness.read(() -> List.copyOf(robot.lookup("#stack-plan-preview").queryAs(ListView.class).getItems()));
        assertTrue(preview.contains("service " + STACK + "_web: create (new)"), "preview: " + preview);
        eventually(shown(robot, "#stack-deploy-confirm"), "the deploy button never showed");
        Node confirm = FxHarness.read(() -> robot.lookup("#stack-deploy-confirm").query());
        robot.clickOn(confirm);
        String web = STACK + "_web";
        eventually(() -> title(robot, web).contains(" 2/2 "), "the card never showed 2/2");
        assertEquals("2/2", service().replicas());

        robot.clickOn("#card-" + web);
        robot.clickOn("#stack-scale-button");
        answer(robot, "#stack-scale-dialog", "4");
        eventually(() -> title(robot, web).contains(" 4/4 ") && running(robot) == 4, "the card never showed 4/4");
        assertEquals("4/4", service().replicas());

        robot.clickOn("#stack-image-button");
        answer(robot, "#stack-image-dialog", "berth/busybox:v2");
        eventually(() -> chips(robot).stream().anyMatch(t -> !t.endsWith(" running")), "no task other than running was shown");
        FxHarness.shoot(harness.stage.getScene(), "swarm-rolling-update");
        eventually(() -> title(robot, web).contains("berth/busybox:v2") && converged(robot, 4, "berth/busybox:v2"), () -> "the image update never converged: "
                + screen(robot, web));

        robot.clickOn("#stack-rollback-button");
        eventually(() -> service().image().equals("berth/busybox:latest"), () -> "the engine never rolled back: " + screen(robot, web));
        eventually(() -> title(robot, web).contains("berth/busybox:latest") && converged(robot, 4, "berth/busybox:latest"), () -> "the rollback never converged: "
                + screen(robot, web));
        assertEquals("4/4", service().replicas());

        robot.clickOn("#stack-remove-button");
        eventually(shown(robot, "#stack-remove-dialog"), "no removal confirmation");
        Node ok = FxHarness.read(() -> robot.lookup("#stack-remove-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        robot.clickOn(ok);
        eventually(() -> FxHarness.read(() -> robot.lookup("#card-" + web).tryQuery().isEmpty()), "the card stayed after the removal");
        assertTrue(engine.services(STACK).isEmpty(), "services left on the Swarm");
    }

    private void answer(FxRobot robot, String dialog, String value) throws InterruptedException {
        eventually(shown(robot, dialog), "no dialog " + dialog);
        TextField field = FxHarness.read(() -> robot.lookup(dialog + "-value").queryAs(TextField.class));
        robot.interact(() -> field.setText(value));
        Node ok = FxHarness.read(() -> robot.lookup(dialog).queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        robot.clickOn(ok);
    }

    private ServiceRow service() {
        return engine.services(STACK).getFirst();
    }

    /** The engine's current tasks all running the image, and as many running chips on screen. */
    private boolean converged(FxRobot robot, int replicas, String image) {
        return service().replicas().equals(replicas + "/" + replicas) && running(robot) == replicas
                && engine.state(STACK).current().stream().allMatch(t -> t.state().equals("running") && t.image().equals(image));
    }

    /** What the Swarm target shows and what the engine holds, for a failure's message. */
    private String screen(FxRobot robot, String service) {
        String status = FxHarness.read(() -> robot.lookup("#stack-status").queryAs(Label.class).getText());
        String stored;
        try {
            stored = run("docker", "-H", host, "service", "inspect", "--format",
                    "{{.Spec.TaskTemplate.ContainerSpec.Image}} previous {{with .PreviousSpec}}{{.TaskTemplate.ContainerSpec.Image}}{{end}}"
                            + " update {{json .UpdateStatus}}", service).strip()
                    + "\n" + run("docker", "-H", host, "service", "ps", "--no-trunc", "--format",
                            "{{.Name}} {{.Image}} {{.Node}} desired {{.DesiredState}}, now {{.CurrentState}} {{.Error}}", service);
        } catch (Exception e) {
            stored = "(inspect failed: " + e.getMessage() + ")";
        }
        return title(robot, service) + " | " + status + " | " + chips(robot) + " | engine: " + stored;
    }

    private static String title(FxRobot robot, String service) {
        return FxHarness.read(() -> robot.lookup("#service-" + service).tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }

    /** The node is in a showing window and visible with all its parents, read on the UI thread: ready for a click. */
    private static BooleanSupplier shown(FxRobot robot, String query) {
        return () -> FxHarness.read(() -> robot.lookup(query).tryQuery().filter(n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing() && visible(n)).isPresent());
    }

    private static boolean visible(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static long running(FxRobot robot) {
        return chips(robot).stream().filter(t -> t.endsWith(" running")).count();
    }

    private static void eventually(BooleanSupplier check, String failure) throws InterruptedException {
        eventually(check, () -> failure);
    }

    private static void eventually(BooleanSupplier check, java.util.function.Supplier<String> failure) throws InterruptedException {
        SwarmFx.eventually(check, failure, java.time.Duration.ofSeconds(240));
    }
}
