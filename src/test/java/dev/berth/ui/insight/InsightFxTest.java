package dev.berth.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ComposeEngine;
import dev.berth.ui.Backends;
import dev.berth.ui.FxHarness;
import dev.berth.ui.ProjectSource;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After an Up in the window: the start-up timeline with its critical path highlighted, the volumes with their mounts,
 * and the advice on the file with a fix previewed (screenshots timeline, volumes, advice).
 */
@ExtendWith(ApplicationExtension.class)
class InsightFxTest {
    private final String name = "berthins" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    private static ComposeEngine engine;

    @BeforeAll
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
    void afterUpTheTimelineVolumesAndAdviceShowWhatHappened(FxRobot robot) throws Exception {
        assertThat(engine).as("a Docker Engine answers").isNotNull();
        robot.interact(() -> harness.vm.open(List.of(Path.of("src/test/resources/ui/insight/compose.yaml")
                .toAbsolutePath())));
        FxHarness.waitFor(20, () -> robot.lookup("#service-web").tryQuery().isPresent());

        // advice is there as soon as the file is loaded, in its own section of the bottom tabs
        robot.clickOn("#advice-tab");
        ListView<?> advice = robot.lookup("#advice-list").queryAs(ListView.class);
        FxHarness.waitFor(10, () -> !advice.getItems().isEmpty());
        int fixable = indexOf(harness.vm.insight().advice().stream().map(f -> f.rule()).toList(), "database-published");
        robot.interact(() -> advice.getSelectionModel().select(fixable));
        ListView<?> preview = robot.lookup("#fix-preview").queryAs(ListView.class);
        assertThat(preview.getItems().stream().map(Object::toString)).anyMatch(l -> l.contains("127.0.0.1:15432:5432"));
        FxHarness.shoot(harness.stage.getScene(), "advice");

        robot.interact(() -> harness.vm.run().up(harness.vm.project().project(), List.of()));
        FxHarness.waitFor(90, () -> harness.vm.insight().timelineProperty().get() != null);
        robot.interact(() -> new InsightMenuOpener(harness.vm.insight(), harness.stage).open("timeline-tab"));
        Label path = robot.lookup("#critical-path").queryAs(Label.class);
        assertThat(path.getText()).contains("db → api → web");
        assertThat(robot.lookup(".gantt-critical").queryAll()).hasSizeGreaterThanOrEqualTo(4);
        FxHarness.shoot(robot.lookup("#timeline-pane").query().getScene(), "timeline");

        robot.interact(() -> InsightMenuOpener.last.open("volumes-tab"));
        TableView<?> volumes = robot.lookup("#volume-table").queryAs(TableView.class);
        FxHarness.waitFor(20, () -> volumes.getItems().size() == 1);
        var v = harness.vm.insight().volumes().getFirst();
        assertThat(v.mounts()).extracting(m -> m.serviceName() + " " + m.target() + " " + m.readOnly())
                .containsExactly("api /seen true", "db /data false");
        assertThat(v.runningContainers()).hasSize(2);
        robot.interact(() -> volumes.getSelectionModel().select(0));
        FxHarness.shoot(((Node) robot.lookup("#volumes-pane").query()).getScene(), "volumes");

        // resources stream only while their tab is shown
        ResourcesViewModel resources = InsightMenuOpener.last.resources();
        assertThat(resources.streaming()).isZero();
        robot.interact(() -> InsightMenuOpener.last.open("resources-tab"));
        try {
            FxHarness.waitFor(10, () -> resources.latest().size() == 4);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("streams " + resources.streaming() + ", samples of " + resources.latest().keySet());
        }
        assertThat(resources.streaming()).isEqualTo(4);
        WaitForAsyncUtils.waitForFxEvents();
        FxHarness.waitFor(10, () -> robot.lookup(".memory-bar").queryAll().size() == 4);
        FxHarness.waitFor(10, () -> resources.history(name + "-db-1").samples().size() >= 3);
        FxHarness.shoot(((Node) robot.lookup("#resources-pane").query()).getScene(), "stats");
        robot.interact(() -> InsightMenuOpener.last.open("volumes-tab"));
        assertThat(resources.streaming()).isZero();

        robot.interact(() -> InsightMenuOpener.last.open("images-tab"));
        ListView<String> services = robot.lookup("#image-services").queryAs(ListView.class);
        robot.interact(() -> services.getSelectionModel().select("db"));
        ListView<?> layers = robot.lookup("#image-layers").queryAs(ListView.class);
        FxHarness.waitFor(20, () -> !layers.getItems().isEmpty());
        FxHarness.shoot(((Node) robot.lookup("#images-pane").query()).getScene(), "image-layers");
    }

    private static int indexOf(List<String> rules, String rule) {
        assertThat(rules).contains(rule);
        return rules.indexOf(rule);
    }

    /** Opens the insight window as the menu does, and keeps it for the next step. */
    private record InsightMenuOpener(InsightViewModel vm, Stage owner) {
        static InsightWindow last;

        void open(String tab) {
            last = new InsightWindow(vm, owner);
            last.open(tab);
        }
    }
}
