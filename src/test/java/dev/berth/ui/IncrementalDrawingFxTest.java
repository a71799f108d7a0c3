package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.SourceMap;
import dev.berth.engine.EngineEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drawing of 200 services changes only what changed: a profile tick keeps every box (the same
 * object at the same place) and the states already shown; one engine event restyles one box and
 * replaces one list row.
 */
@ExtendWith(ApplicationExtension.class)
class IncrementalDrawingFxTest {
    private static final PseudoClass HEALTHY = PseudoClass.getPseudoClass("state-healthy");
    private static final PseudoClass GHOST = PseudoClass.getPseudoClass("ghost");
    @RegisterExtension
    final FxHarness harness = new FxHarness();

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, options -> new LoadResult(LargeProjects.rich(200, Set.copyOf(options.profiles())),
                new SourceMap(), List.of()), null);
    }

    private void open(FxRobot robot) throws Exception {
        robot.interact(() -> harness.vm.open(List.of(Path.of("/tmp/rich/compose.yaml"))));
        FxHarness.waitFor(30, () -> robot.lookup("#service-s0199").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The boxes on the canvas by id (the node layer is the canvas's last child). */
    private Map<String, Node> boxes() {
        var layers = harness.window.pane().topology().canvas().getChildrenUnmodifiable();
        Map<String, Node> out = new HashMap<>();
        for (Node n : ((Parent) layers.getLast()).getChildrenUnmodifiable()) {
            out.put(n.getId(), n);
        }
        return out;
    }

    private void event(String service, EngineEvent.Phase phase) {
        harness.vm.run().sink().accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER,
                "rich-" + service + "-1", service, phase, null, null));
    }

    @Test
    void aProfileTickKeepsEveryBoxItsPlaceAndTheStatesShown(FxRobot robot) throws Exception {
        open(robot);
        event("s0000", EngineEvent.Phase.HEALTHY);
        FxHarness.waitFor(10, () -> boxes().get("service-s0000").getPseudoClassStates().contains(HEALTHY));
        Map<String, Node> before = boxes();
        Map<String, Point2D> places = new HashMap<>();
        before.forEach((id, n) -> places.put(id, new Point2D(n.getLayoutX(), n.getLayoutY())));
        assertThat(before.get("service-s0009").getPseudoClassStates()).contains(GHOST);
        assertThat(before).containsKey("volume-data09"); // used only by services the profile switches off

        robot.interact(() -> harness.vm.project().setProfile("debug", true));
        FxHarness.waitFor(30, () -> !boxes().get("service-s0009").getPseudoClassStates().contains(GHOST));
        WaitForAsyncUtils.waitForFxEvents();

        Map<String, Node> after = boxes();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((id, n) -> {
            assertThat(after.get(id)).as(id + " is the same box").isSameAs(n);
            assertThat(new Point2D(n.getLayoutX(), n.getLayoutY())).as(id + " stays put").isEqualTo(places.get(id));
        });
        assertThat(harness.window.pane().topology().lastReplaced()).isZero();
        assertThat(after.get("volume-data09").getPseudoClassStates()).doesNotContain(GHOST);
        assertThat(after.get("service-s0000").getPseudoClassStates()).as("the state shown survives the reload").contains(HEALTHY);
    }

    @Test
    void oneEngineEventChangesOnlyItsBoxAndItsRow(FxRobot robot) throws Exception {
        open(robot);
        Map<String, Node> before = boxes();
        Map<String, String> looks = new HashMap<>();
        before.forEach((id, n) -> looks.put(id, n.getStyleClass() + " " + n.getPseudoClassStates()));
        List<Node> order = new ArrayList<>(((Parent) harness.window.pane().topology().canvas().getChildrenUnmodifiable()
                .getLast()).getChildrenUnmodifiable());
        List<ListChangeListener.Change<?>> rowChanges = new ArrayList<>();
        var rows = harness.window.pane().find().list().viewModel().rows();
        robot.interact(() -> rows.addListener((ListChangeListener<Object>) c -> rowChanges.add(c)));

        Thread.ofPlatform().start(() -> event("s0042", EngineEvent.Phase.HEALTHY)).join();
        FxHarness.waitFor(10, () -> before.get("service-s0042").getPseudoClassStates().contains(HEALTHY));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> changed = new ArrayList<>();
        boxes().forEach((id, n) -> {
            if (!(n.getStyleClass() + " " + n.getPseudoClassStates()).equals(looks.get(id))) {
                changed.add(id);
            }
        });
        assertThat(changed).containsExactly("service-s0042");
        assertThat(before.get("service-s0042").getStyleClass()).as("state is a pseudo-class, not a style class")
                .noneMatch(c -> c.startsWith("state-"));
        assertThat(((Parent) harness.window.pane().topology().canvas().getChildrenUnmodifiable().getLast())
                .getChildrenUnmodifiable()).containsExactlyElementsOf(order);
        assertThat(rowChanges).hasSize(1);
        var icon = (org.kordamp.ikonli.javafx.FontIcon) robot.lookup("#service-s0042-state").query();
        assertThat(icon.getIconCode()).as("the state has a shape, not colour alone")
                .isEqualTo(org.kordamp.ikonli.feather.Feather.CHECK_CIRCLE);
        assertThat(((org.kordamp.ikonli.javafx.FontIcon) robot.lookup("#service-s0041-state").query()).getIconCode())
                .isEqualTo(org.kordamp.ikonli.feather.Feather.CIRCLE);
    }
}
