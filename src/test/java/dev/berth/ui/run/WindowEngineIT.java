package dev.berth.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.ProjectLoader;
import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.DockerComposeEngine;
import dev.berth.engine.DockerFixture;
import dev.berth.engine.Figures;
import dev.berth.engine.TestDockerd;
import dev.berth.engine.docker.DockerJavaGateway;
import dev.berth.ui.topology.ContainerState;
import dev.berth.ui.topology.PositionStore;
import dev.berth.ui.topology.TopologyViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's view models on the tests' own dockerd: the engine restarted under an open window shows as gone and the
 * window follows the project again by itself when it is back; two windows on one project both follow its state.
 * One thread stands for the JavaFX thread: every view-model call and read goes through it.
 */
class WindowEngineIT {
    private static final Duration LONG = Duration.ofSeconds(120);
    private static final String TWO = """
            services:
              db:
                image: berth/busybox:latest
                init: true
                command: ["sleep", "3600"]
              web:
                image: berth/busybox:latest
                init: true
                command: ["sleep", "3600"]
                depends_on: [db]
            """;

    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
    private final ExecutorService background = Executors.newCachedThreadPool();
    private DockerFixture docker;
    private ComposeEngine engine;
    @TempDir
    Path dir;

    @BeforeEach
    void connect() {
        TestDockerd.start();
        docker = new DockerFixture(TestDockerd.environment());
        engine = new DockerComposeEngine(DockerJavaGateway.connect(TestDockerd.environment()));
    }

    @AfterAll
    static void stopEngine() {
        TestDockerd.stop();
    }

    @AfterEach
    void cleanup() {
        TestDockerd.start();
        ui.shutdownNow();
        background.shutdownNow();
        engine.close();
        docker.close();
    }

    @Test
    void anEngineRestartShowsTheEngineGoneAndTheWindowFollowsTheProjectAgainByItself() throws Exception {
        Project project = load(docker.project("rel-win"));
        RunViewModel window = window(project);
        onUi(() -> {
            window.up(project, List.of());
            return null;
        });
        awaitState(window, "web", ContainerState.RUNNING);

        long killed = System.nanoTime();
        TestDockerd.stop();
        DockerFixture.eventually(() -> !onUi(() -> window.engineAnsweringProperty().get()), LONG);
        long gone = System.nanoTime();
        assertThat(onUi(() -> window.engineStatusProperty().get())).isEqualTo("Docker Engine gone: Cannot connect to "
                + "the Docker daemon at " + TestDockerd.host() + ". Is the docker daemon running? Reconnecting…");

        long starting = System.nanoTime();
        TestDockerd.start();
        long answering = System.nanoTime();
        DockerFixture.eventually(() -> onUi(() -> window.engineAnsweringProperty().get()), LONG);
        long back = System.nanoTime();
        assertThat(onUi(() -> window.engineStatusProperty().get())).isEqualTo("Docker Engine back");
        // dockerd stopped the containers when it went: the window now shows them exited, from a fresh snapshot
        awaitState(window, "web", ContainerState.EXITED);

        // ... and follows the engine's events again: an up started elsewhere shows
        engine.up(project, dev.berth.engine.UpOptions.defaults(), e -> { });
        awaitState(window, "db", ContainerState.RUNNING);
        awaitState(window, "web", ContainerState.RUNNING);
        Figures.time("window", "SIGTERM to the window showing the engine gone", killed, gone);
        Figures.time("window", "engine answering to the window following again (retry every 0.5 s)", answering, back);
        Figures.time("window", "dockerd start begun to the window following again", starting, back);
        Figures.time("window", "dockerd start to answering", starting, answering);
    }

    @Test
    void twoWindowsOnOneProjectBothFollowItsState() throws Exception {
        Project project = load(docker.project("rel-two"));
        RunViewModel first = window(project);
        RunViewModel second = window(project);
        onUi(() -> {
            first.up(project, List.of());
            return null;
        });
        for (RunViewModel w : List.of(first, second)) {
            awaitState(w, "db", ContainerState.RUNNING);
            awaitState(w, "web", ContainerState.RUNNING);
        }
        onUi(() -> {
            second.down(project, false);
            return null;
        });
        for (RunViewModel w : List.of(first, second)) {
            awaitState(w, "db", ContainerState.NOT_CREATED);
            awaitState(w, "web", ContainerState.NOT_CREATED);
        }
        assertThat(docker.containers(project.name())).isEmpty();
    }

    private RunViewModel window(Project project) throws Exception {
        return onUi(() -> {
            TopologyViewModel topology = new TopologyViewModel(new PositionStore(dir));
            topology.show(project);
            RunViewModel run = new RunViewModel(engine, background, ui, topology);
            run.attach(project);
            return run;
        });
    }

    private void awaitState(RunViewModel window, String service, ContainerState state) throws InterruptedException {
        try {
            DockerFixture.eventually(() -> onUi(() -> window.live().status(service).state()) == state, LONG);
        } catch (AssertionError e) {
            throw new AssertionError(service + " is " + onUi(() -> window.live().status(service)) + ", not " + state
                    + "; activity: " + onUi(() -> List.copyOf(window.activity())), e);
        }
    }

    private <T> T onUi(Supplier<T> read) {
        try {
            return ui.submit(read::get).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the UI thread did not answer", e);
        }
    }

    private Project load(String name) throws Exception {
        Path file = DockerFixture.compose(dir, TWO);
        LoadOptions options = new LoadOptions(List.of(file), dir, null, name, List.of(), List.of(), Map.of(), true,
                List.of());
        return new ProjectLoader().load(options).project();
    }
}
