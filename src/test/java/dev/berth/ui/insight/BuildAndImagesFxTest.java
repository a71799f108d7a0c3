package dev.berth.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ComposeEngine;
import dev.berth.insight.build.BuildProgress;
import dev.berth.insight.images.ProjectImages;
import dev.berth.ui.Backends;
import dev.berth.ui.FxHarness;
import dev.berth.ui.ProjectSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Up builds an image and the window shows the build live, the step in progress with a bar (build-live.png); the
 * project's images then list the built one and berth/busybox with the services using each (project-images.png).
 */
@ExtendWith(ApplicationExtension.class)
class BuildAndImagesFxTest {
    private final String name = "berthbld" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    @TempDir Path dir;
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
        harness.down(name, engine, "local");
    }

    @Test
    void upShowsItsBuildLiveAndTheImagesView(FxRobot robot) throws Exception {
        assertThat(engine).as("a Docker Engine answers").isNotNull();
        Files.writeString(dir.resolve("Dockerfile"), """
                FROM berth/busybox:latest AS base
                RUN echo %s > /id
                RUN sleep 3
                RUN echo done > /done
                CMD ["sleep", "300"]
                """.formatted(name));
        Path file = Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  app: {build: ., init: true}
                  web: {image: berth/busybox:latest, init: true, command: [sleep, "300"]}
                  side: {image: berth/busybox, init: true, command: [sleep, "300"]}
                """);
        robot.interact(() -> harness.vm.open(List.of(file)));
        FxHarness.waitFor(20, () -> robot.lookup("#service-app").tryQuery().isPresent());
        BuildViewModel builds = harness.vm.insight().builds();
        robot.interact(() -> harness.vm.run().up(harness.vm.project().project(), List.of()));

        // the build tab comes forward and shows the slow step while it runs
        FxHarness.waitFor(60, () -> !builds.rows().isEmpty()
                && builds.rows().getFirst().headline().contains("RUN sleep 3"));
        BuildProgress during = builds.rows().getFirst();
        assertThat(during.state()).isEqualTo(BuildProgress.State.BUILDING);
        assertThat(during.share()).isBetween(0.01, 0.99);
        TabPane bottom = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        assertThat(bottom.getSelectionModel().getSelectedItem().getId()).isEqualTo("build-tab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".build-step").queryAll()).anyMatch(n -> n instanceof javafx.scene.control.Label l
                && l.getText().startsWith("Step 3/"));
        FxHarness.shoot(harness.stage.getScene(), "build-live");
        FxHarness.waitFor(60, () -> builds.rows().getFirst().state() == BuildProgress.State.BUILT);
        FxHarness.waitFor(60, () -> !harness.vm.run().busyProperty().get());

        // the project's images: the built one and the shared busybox, with who uses them
        robot.interact(() -> new InsightWindow(harness.vm.insight(), harness.stage).open("project-images-tab"));
        TableView<?> table = robot.lookup("#project-images").queryAs(TableView.class);
        FxHarness.waitFor(20, () -> table.getItems().size() == 2);
        List<ProjectImages.Row> rows = harness.vm.insight().images();
        assertThat(rows).extracting(r -> r.image() + " " + r.services() + " " + r.containers())
                .containsExactly("berth/busybox:latest [side, web] 2", name + "-app:latest [app] 1");
        assertThat(rows).allSatisfy(r -> assertThat(r.sizeBytes()).isPositive());
        FxHarness.shoot(((Node) robot.lookup("#project-images-pane").query()).getScene(), "project-images");
    }
}
