package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a project draws its services, networks and volumes as findable nodes. */
@ExtendWith(ApplicationExtension.class)
class OpenProjectFxTest {
    @RegisterExtension
    final FxHarness harness = new FxHarness();

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, FxHarness.handMade(), null);
    }

    @Test
    void theSampleShowsItsServicesNetworksAndVolumes(FxRobot robot) throws Exception {
        robot.interact(() -> harness.vm.open(List.of(Path.of("/tmp/webapp/compose.yaml"))));
        FxHarness.waitFor(10, () -> robot.lookup("#service-web").tryQuery().isPresent());
        for (String id : List.of("#service-db", "#service-api", "#service-web", "#network-front", "#network-back", "#volume-dbdata")) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
        robot.clickOn((Node) robot.lookup("#service-db").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.vm.inspector().titleProperty().get()).isEqualTo("Service db");
        FxHarness.shoot(harness.stage.getScene(), "topology");
        Path png = java.nio.file.Files.createTempFile("berth-graph", ".png");
        robot.interact(() -> {
            try {
                harness.window.pane().topology().exportPng(png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var image = javax.imageio.ImageIO.read(png.toFile());
        java.nio.file.Files.delete(png);
        var topology = harness.vm.topology().topologyProperty().get();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(topology.width() * 2));
        assertThat(harness.window.pane().topology().zoomLevel()).isGreaterThan(0);
        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#main").query().getStyleClass()).contains("dark");
        FxHarness.shoot(harness.stage.getScene(), "dark");
        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#main").query().getStyleClass()).doesNotContain("dark");
    }
}
