package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on the screen it is given (run under Xvfb at 1024x768 and at 1280x720, see
 * scripts/screenshots.sh): it fits, each pane can be shown and is then on screen, and presentation
 * mode shows the whole graph with no text smaller than 18 pixels and a caption.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorFxTest {
    static final double SMALLEST_TEXT = 18;
    @RegisterExtension
    final FxHarness harness = new FxHarness();

    @Start
    void start(Stage stage) throws Exception {
        harness.startAsOpened(stage, Backends.loader(), null);
    }

    private void openSample(FxRobot robot) throws Exception {
        robot.interact(() -> harness.vm.open(List.of(Path.of("compose-samples/webapp/compose.yaml").toAbsolutePath())));
        FxHarness.waitFor(20, () -> robot.lookup("#service-web").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Rectangle2D screen() {
        return Screen.getPrimary().getVisualBounds();
    }

    @Test
    void theWindowFitsTheScreenAndEveryPaneCanBeShownOnIt(FxRobot robot) throws Exception {
        openSample(robot);
        Rectangle2D window = new Rectangle2D(harness.stage.getX(), harness.stage.getY(), harness.stage.getWidth(),
                harness.stage.getHeight());
        assertThat(screen().contains(window)).as("window %s inside screen %s", window, screen()).isTrue();
        if (screen().getWidth() <= 1024) {
            Thread.sleep(300);
            FxHarness.shoot(harness.stage.getScene(), "projector-1024");
        }
        for (String id : List.of("#left-pane-toggle", "#right-pane-toggle", "#bottom-pane-toggle")) {
            Node toggle = robot.lookup(id).query();
            if (!((javafx.scene.control.ToggleButton) toggle).isSelected()) {
                robot.clickOn(toggle);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#profiles", "#inspector", "#bottom-tabs", "#topology", "#up-button", "#status")) {
            assertOnScreen(robot, id);
        }
        double together = robot.lookup("#topology").query().getLayoutBounds().getWidth();
        assertThat(together).as("the drawing keeps room with all panes shown").isGreaterThan(window.getWidth() * 0.4);
        robot.clickOn("#right-pane-toggle");
        robot.clickOn("#left-pane-toggle");
        robot.clickOn("#bottom-pane-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        Bounds alone = robot.lookup("#topology").query().getLayoutBounds();
        assertThat(robot.lookup("#inspector").tryQuery().filter(Node::isVisible)).isEmpty();
        assertThat(alone.getWidth()).as("folding the side panes gives the drawing their room").isGreaterThan(window.getWidth() - 30);
        robot.clickOn("#right-pane-toggle");
        robot.clickOn((Node) robot.lookup("#service-db").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertOnScreen(robot, "#inspector-title");
    }

    @Test
    void presentationShowsTheWholeGraphInLargeTypeWithACaption(FxRobot robot) throws Exception {
        openSample(robot);
        robot.interact(harness.window::togglePresentation);
        FxHarness.waitFor(10, () -> harness.stage.isFullScreen());
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Scene scene = harness.stage.getScene();
        Bounds sceneBounds = new javafx.geometry.BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        for (Node n : robot.lookup(".graph-node").queryAll()) {
            assertThat(sceneBounds.contains(n.localToScene(n.getLayoutBounds()))).as(n.getId() + " fits").isTrue();
        }
        List<String> small = new ArrayList<>();
        for (Text t : visibleTexts(scene.getRoot())) {
            double onScreen = t.getFont().getSize() * verticalScale(t.getLocalToSceneTransform());
            if (onScreen < SMALLEST_TEXT - 0.01) {
                small.add("'" + t.getText() + "' " + String.format("%.1f", onScreen) + " px");
            }
        }
        assertThat(small).as("text smaller than %s px on screen", SMALLEST_TEXT).isEmpty();
        assertThat(robot.lookup("#presentation-status").queryLabeled().getText()).isNotBlank();
        assertThat(robot.lookup("#service-db .node-icon").tryQuery()).as("state has an icon, not colour alone").isPresent();
        FxHarness.shoot(scene, "presentation-" + (int) screen().getWidth());
        if (screen().getWidth() <= 1024) {
            FxHarness.shoot(scene, "projector");
        }
        // the dark theme keeps presentation black on white, large type included
        robot.interact(() -> harness.window.darkProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(smallTexts(scene)).as("text smaller than %s px on screen, dark theme", SMALLEST_TEXT).isEmpty();
        var ground = ((javafx.scene.layout.Region) robot.lookup("#topology").query()).getBackground().getFills().getFirst();
        assertThat(ground.getFill()).isEqualTo(javafx.scene.paint.Color.WHITE);
        Text name = robot.lookup("#service-db .node-name").query();
        assertThat(name.getFill()).isEqualTo(javafx.scene.paint.Color.BLACK);
        robot.interact(() -> harness.window.darkProperty().set(false));
    }

    private static List<String> smallTexts(javafx.scene.Scene scene) {
        List<String> small = new ArrayList<>();
        for (Text t : visibleTexts(scene.getRoot())) {
            double onScreen = t.getFont().getSize() * verticalScale(t.getLocalToSceneTransform());
            if (onScreen < SMALLEST_TEXT - 0.01) {
                small.add("'" + t.getText() + "' " + String.format("%.1f", onScreen) + " px");
            }
        }
        return small;
    }

    private static double verticalScale(Transform t) {
        return Math.hypot(t.getMxy(), t.getMyy());
    }

    static List<Text> visibleTexts(Parent root) {
        List<Text> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Text> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Text t && !t.getText().isBlank()) {
            out.add(t);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static void assertOnScreen(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        assertThat(n.isVisible()).as(id + " visible").isTrue();
        Bounds b = n.localToScreen(n.getLayoutBounds());
        Rectangle2D s = screen();
        assertThat(b).as(id).isNotNull();
        assertThat(b.getWidth()).as(id + " has room").isGreaterThan(0);
        assertThat(b.getMinX() >= s.getMinX() - 1 && b.getMinY() >= s.getMinY() - 1
                && b.getMaxX() <= s.getMaxX() + 1 && b.getMaxY() <= s.getMaxY() + 1).as(id + " at " + b + " on " + s).isTrue();
    }
}
