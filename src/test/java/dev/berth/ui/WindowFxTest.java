package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a person does with a project before running it: profiles, problems, presentation mode. Real loader, no engine. */
@ExtendWith(ApplicationExtension.class)
class WindowFxTest {
    @RegisterExtension
    final FxHarness harness = new FxHarness();

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, Backends.loader(), null);
    }

    private void open(FxRobot robot, String file, String waitFor) throws Exception {
        robot.interact(() -> harness.vm.open(List.of(Path.of(file).toAbsolutePath())));
        FxHarness.waitFor(20, () -> robot.lookup(waitFor).tryQuery().isPresent());
    }

    @Test
    void tickingAProfileTurnsItsGhostsIntoServicesAndShowsTheCliLine(FxRobot robot) throws Exception {
        open(robot, "compose-samples/profiles/compose.yaml", "#service-metrics");
        assertThat(robot.lookup("#service-metrics").query().getPseudoClassStates().toString()).contains("ghost");
        CheckListView<?> list = robot.lookup("#profile-list").queryAs(CheckListView.class);
        FxHarness.waitFor(10, () -> list.getItems().size() == 2);
        FxHarness.shoot(harness.stage.getScene(), "profiles-before");
        FxHarness.waitFor(10, () -> profileBox(robot, "monitoring") != null);
        robot.clickOn(profileBox(robot, "monitoring"));
        FxHarness.waitFor(20, () ->
                !robot.lookup("#service-metrics").query().getPseudoClassStates().toString().contains("ghost"));
        assertThat(robot.lookup("#service-dashboard").query().getPseudoClassStates().toString()).doesNotContain("ghost");
        assertThat(robot.lookup("#service-debugger").query().getPseudoClassStates().toString()).contains("ghost");
        assertThat(robot.lookup("#cli-line").queryAs(Label.class).getText()).endsWith("--profile monitoring up");
        assertThat(robot.lookup("#edge-debugger-dashboard").query().getStyleClass()).contains("dashed");
        FxHarness.shoot(harness.stage.getScene(), "profiles");
    }

    @Test
    void aBrokenFileShowsItsProblemsAndClickingOneOpensTheSourceAtThatLine(FxRobot robot) throws Exception {
        open(robot, "src/test/resources/ui/broken/compose.yaml", "#problem-list");
        ListView<?> problems = robot.lookup("#problem-list").queryAs(ListView.class);
        FxHarness.waitFor(20, () -> !problems.getItems().isEmpty());
        String first = dev.berth.ui.problems.ProblemsViewModel.headline((dev.berth.compose.load.Problem) problems.getItems().getFirst());
        assertThat(first).startsWith("compose.yaml:").doesNotContain("Exception");
        robot.clickOn((Node) robot.lookup(".problem-headline").query());
        WaitForAsyncUtils.waitForFxEvents();
        var marked = robot.lookup(".marked-line").tryQuery();
        assertThat(marked).isPresent();
        var problem = (dev.berth.compose.load.Problem) problems.getSelectionModel().getSelectedItem();
        assertThat(((javafx.scene.control.ListCell<?>) marked.get()).getText()).startsWith(String.format("%4d", problem.location().line()));
        FxHarness.shoot(harness.stage.getScene(), "problems");
    }

    @Test
    void presentationModeShowsTheGraphAloneAndComesBack(FxRobot robot) throws Exception {
        open(robot, "compose-samples/webapp/compose.yaml", "#service-web");
        robot.clickOn("#presentation-button");
        FxHarness.waitFor(10, () -> harness.window.presenting());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#presentation-status").tryQuery()).isPresent();
        assertThat(robot.lookup("#tool-bar").tryQuery()).isEmpty();
        assertThat(robot.lookup("#service-web").tryQuery()).isPresent();
        Thread.sleep(500);
        FxHarness.shoot(harness.stage.getScene(), "presentation");
        robot.interact(harness.window::togglePresentation);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.window.presenting()).isFalse();
        assertThat(robot.lookup("#tool-bar").tryQuery()).isPresent();
        assertThat(robot.lookup("#service-web").tryQuery()).isPresent();
    }

    @Test
    void theInspectorShowsSourceLinesAndMasksThePassword(FxRobot robot) throws Exception {
        open(robot, "compose-samples/webapp/compose.yaml", "#service-db");
        robot.clickOn((Node) robot.lookup("#service-db").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.vm.inspector().rows()).anyMatch(r -> r.key().equals("POSTGRES_PASSWORD")
                && r.value().equals(dev.berth.ui.inspector.SecretMask.MASK) && r.source().startsWith("compose.yaml:"));
        assertThat(harness.vm.inspector().rows()).noneMatch(r -> r.value().contains("change-me"));
        FxHarness.shoot(harness.stage.getScene(), "inspector");
    }

    private static Node profileBox(FxRobot robot, String profile) {
        return robot.lookup("#profile-list .check-box").queryAll().stream()
                .filter(n -> n.getParent() instanceof javafx.scene.control.ListCell<?> c && profile.equals(c.getItem()))
                .findFirst().orElse(null);
    }

    @Test
    void theBottomTabsBehindTheFirstAreMadeWhenFirstShown(FxRobot robot) throws Exception {
        open(robot, "compose-samples/webapp/compose.yaml", "#service-web");
        var tabs = harness.window.pane().bottomTabs();
        List<String> empty = FxHarness.read(() -> tabs.getTabs().stream().filter(t -> t.getContent() == null)
                .map(javafx.scene.control.Tab::getId).toList());
        assertThat(empty).contains("problems-tab", "advice-tab", "build-tab", "activity-tab");
        assertThat(robot.lookup("#advice-list").tryQuery()).isEmpty();
        robot.clickOn("#advice-tab");
        FxHarness.waitFor(10, () -> robot.lookup("#advice-list").tryQuery().isPresent());
        robot.clickOn("#activity-tab");
        FxHarness.waitFor(10, () -> robot.lookup("#activity").tryQuery().isPresent());
        assertThat(FxHarness.read(() -> tabs.getTabs().stream().filter(t -> t.getContent() == null)
                .map(javafx.scene.control.Tab::getId).toList())).doesNotContain("advice-tab", "activity-tab");
    }
}
