package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceMap;
import dev.berth.compose.model.Location;
import dev.berth.engine.EngineEvent;
import dev.berth.ui.list.ServiceRow;
import dev.berth.ui.topology.ContainerState;
import dev.berth.ui.topology.ServiceStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A 200-service project as a person meets it: search, jump, focus, the service list, a broken reload, a profile. */
@ExtendWith(ApplicationExtension.class)
class LargeStackFxTest {
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    private final AtomicBoolean broken = new AtomicBoolean();

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, options -> {
            if (broken.get()) {
                throw new LoadException(List.of(new Problem(new Location(Path.of("/tmp/rich/compose.yaml"), 3, 5),
                        "services.s0000", "unknown attribute 'imgae'", "did you mean 'image'?")));
            }
            return new LoadResult(LargeProjects.rich(200, Set.copyOf(options.profiles())), new SourceMap(), List.of());
        }, null);
    }

    private void open(FxRobot robot) throws Exception {
        robot.interact(() -> harness.vm.open(List.of(Path.of("/tmp/rich/compose.yaml"))));
        FxHarness.waitFor(30, () -> robot.lookup("#service-s0199").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean dimmed(FxRobot robot, String id) {
        return robot.lookup("#" + id).query().getPseudoClassStates().toString().contains("dimmed");
    }

    @Test
    void searchDimsTheRestEnterJumpsAndHideOthersHidesIt(FxRobot robot) throws Exception {
        open(robot);
        assertThat(robot.lookup(".network-edge").queryAll()).as("networks as badges, not 400 lines").isEmpty();
        // zoomed out to the whole stack a box holds its name alone; near, its lines and badges are back
        var topology = harness.window.pane().topology();
        assertThat(FxHarness.read(() -> topology.zoomLevel())).isLessThan(0.5);
        assertThat(FxHarness.read(() -> robot.lookup("#service-s0000 .network-badge").tryQuery().isEmpty()
                && robot.lookup("#service-s0000 .node-name").tryQuery().isPresent())).isTrue();
        robot.interact(() -> topology.zoom(1 / topology.zoomLevel()));
        assertThat(FxHarness.read(() -> robot.lookup("#service-s0000 .network-badge").tryQuery().isPresent())).isTrue();
        robot.interact(topology::fit);
        assertThat(robot.lookup("#minimap").query().isVisible()).isTrue();
        robot.clickOn("#search-field").write("s001");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search-summary").queryLabeled().getText()).startsWith("10 of 200 services");
        assertThat(dimmed(robot, "service-s0100")).isTrue();
        assertThat(dimmed(robot, "service-s0013")).isFalse();
        assertThat(dimmed(robot, "network-front")).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(harness.vm.topology().selectedProperty().get()).isEqualTo("service-s0010");
        robot.type(KeyCode.ENTER);
        assertThat(harness.vm.topology().selectedProperty().get()).isEqualTo("service-s0011");
        robot.clickOn("#search-field").eraseText(4).write("net:net3 state:not");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search-summary").queryLabeled().getText()).startsWith("40 of 200 services");
        robot.clickOn("#hide-others");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#service-s0100").query().isVisible()).isFalse();
        assertThat(robot.lookup("#service-s0103").query().isVisible()).isTrue();
        FxHarness.shoot(harness.stage.getScene(), "large-stack");
        robot.clickOn("#search-field").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#service-s0100").query().isVisible()).isTrue();
        assertThat(dimmed(robot, "service-s0100")).isFalse();
    }

    @Test
    void focusKeepsAServiceWithItsDependenciesAndDependantsInView(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> harness.vm.topology().select("service-s0015"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.vm.search().focusProperty().get()).isEqualTo("s0015");
        assertThat(dimmed(robot, "service-s0010")).isFalse(); // the chain's head, five dependencies up
        assertThat(dimmed(robot, "service-s0019")).isFalse(); // its tail, off by profile, still a dependant
        assertThat(dimmed(robot, "service-s0020")).isTrue();
        assertThat(dimmed(robot, "service-s0005")).isTrue();
        assertThat(robot.lookup("#clear-focus").queryButton().getText()).contains("s0015");
        // states along the chain, so the picture shows each state's icon (shape as well as colour)
        var phases = List.of(EngineEvent.Phase.HEALTHY, EngineEvent.Phase.HEALTHY, EngineEvent.Phase.HEALTHY,
                EngineEvent.Phase.UNHEALTHY, EngineEvent.Phase.STARTED, EngineEvent.Phase.STARTING,
                EngineEvent.Phase.CREATED, EngineEvent.Phase.EXITED);
        for (int i = 0; i < phases.size(); i++) {
            harness.vm.run().sink().accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER,
                    "rich-" + LargeProjects.name(10 + i) + "-1", LargeProjects.name(10 + i), phases.get(i), null, null));
        }
        FxHarness.waitFor(10, () -> robot.lookup("#service-s0013").query().getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("state-unhealthy")));
        WaitForAsyncUtils.waitForFxEvents();
        FxHarness.shoot(harness.stage.getScene(), "focus");
        robot.clickOn("#clear-focus");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dimmed(robot, "service-s0020")).isFalse();
    }

    @Test
    void theServiceListSortsByStateAndFollowsTheSelectionBothWays(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#list-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ServiceRow> table = robot.lookup("#service-list").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(200);
        robot.interact(() -> {
            harness.vm.topology().statuses().put("service-s0042", new ServiceStatus(ContainerState.UNHEALTHY, null, 1, 1));
            harness.vm.topology().statuses().put("service-s0007", new ServiceStatus(ContainerState.HEALTHY, null, 1, 1));
        });
        robot.clickOn((Node) robot.lookup("#col-state").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(0).name()).isEqualTo("s0042");
        assertThat(table.getItems().get(0).health().text()).isEqualTo("unhealthy");
        assertThat(table.getItems().getLast().state().text()).startsWith("off");
        robot.interact(() -> table.getSelectionModel().select(1));
        assertThat(harness.vm.topology().selectedProperty().get()).isEqualTo("service-" + table.getItems().get(1).name());
        robot.interact(() -> harness.window.pane().topology().centreOn("service-s0000"));
        robot.clickOn((Node) robot.lookup("#service-s0000").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("s0000");
        robot.clickOn("#search-field").write("net:net4");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(40).allMatch(r -> r.networks().contains("net4"));
        FxHarness.shoot(harness.stage.getScene(), "list");
    }

    @Test
    void aBrokenReloadKeepsTheLastGoodDrawingMarkedStale(FxRobot robot) throws Exception {
        open(robot);
        broken.set(true);
        robot.interact(() -> harness.vm.project().reload());
        FxHarness.waitFor(20, () -> !harness.vm.project().problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#service-s0199").tryQuery()).isPresent();
        assertThat(robot.lookup("#stale-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#stale-banner").queryLabeled().getText()).contains("1 problem");
        broken.set(false);
        robot.interact(() -> harness.vm.project().reload());
        FxHarness.waitFor(20, () -> harness.vm.project().problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stale-banner").query().isVisible()).isFalse();
    }

    @Test
    void tickingAProfileRedrawsOnlyWhatItChanged(FxRobot robot) throws Exception {
        open(robot);
        assertThat(robot.lookup("#service-s0019").query().getPseudoClassStates().toString()).contains("ghost");
        Node untouched = robot.lookup("#service-s0011").query();
        robot.interact(() -> harness.vm.project().setProfile("debug", true));
        FxHarness.waitFor(20, () ->
                !robot.lookup("#service-s0019").query().getPseudoClassStates().toString().contains("ghost"));
        assertThat((Node) robot.lookup("#service-s0011").query()).isSameAs(untouched);
        int replaced = harness.window.pane().topology().lastReplaced();
        assertThat(replaced).as("the 20 boxes and 2 volumes the profile switches are flipped in place; no line changes")
                .isZero();
        assertThat(robot.lookup("#volume-data09").tryQuery()).isPresent();
    }
}
