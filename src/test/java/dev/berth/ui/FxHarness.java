package dev.berth.ui;

import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.SourceMap;
import dev.berth.engine.ComposeEngine;
import dev.berth.ui.topology.PositionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Builds the real window for TestFX tests around a given loader and engine, with throwaway preferences. Register
 * it ({@code @RegisterExtension final FxHarness harness}): after each test it removes those preferences and files.
 */
public final class FxHarness implements AfterEachCallback {
    public final ExecutorService background = Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon().unstarted(r));
    public MainViewModel vm;
    public MainWindow window;
    public Stage stage;
    private Path config;
    private Preferences prefs;

    public void start(Stage stage, ProjectSource source, ComposeEngine engine) throws IOException {
        start(stage, source, engine, Map.of());
    }

    /** As {@link #start(Stage, ProjectSource, ComposeEngine)}, the window given {@code environment} (BERTH_SWARM_HOST...). */
    public void start(Stage stage, ProjectSource source, ComposeEngine engine, Map<String, String> environment) throws IOException {
        startAsOpened(stage, source, engine, environment);
        stage.setWidth(1500);
        stage.setHeight(950);
    }

    /** The window as it opens on this screen, at the size and place it chooses itself. */
    public void startAsOpened(Stage stage, ProjectSource source, ComposeEngine engine) throws IOException {
        startAsOpened(stage, source, engine, Map.of());
    }

    private void startAsOpened(Stage stage, ProjectSource source, ComposeEngine engine, Map<String, String> environment)
            throws IOException {
        this.stage = stage;
        config = Files.createTempDirectory("berth-ui-test");
        prefs = Preferences.userRoot().node("dev/berth/ui-test/" + config.getFileName());
        vm = new MainViewModel(source, engine, background, Platform::runLater, environment, Path.of("").toAbsolutePath(),
                new PositionStore(config.resolve("positions")), new RecentFiles(prefs));
        window = MainWindow.show(stage, vm, url -> { }, prefs);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        // Close the window first (TestFX would, after this): closing saves its state into these preferences.
        org.testfx.api.FxToolkit.cleanupStages();
        // loads still running (a file watch's, an editor's) land before the preferences go
        background.shutdown();
        background.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        if (prefs != null) {
            prefs.removeNode();
            prefs.flush();
        }
        if (config != null) {
            try (Stream<Path> files = Files.walk(config)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * What the window shows, read on its UI thread: the scene graph belongs to that thread, and a test thread
     * reading it directly has no guarantee of seeing its later changes.
     */
    public static <T> T read(java.util.concurrent.Callable<T> what) {
        try {
            if (Platform.isFxApplicationThread()) {
                return what.call();
            }
            return org.testfx.util.WaitForAsyncUtils.asyncFx(what).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the window on its UI thread failed", e);
        }
    }

    /** Whether the box {@code id} ("#service-web") shows {@code state} ("state-running"), read on the UI thread. */
    public static boolean shows(org.testfx.api.FxRobot robot, String id, String state) {
        return read(() -> robot.lookup(id).query().getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass(state)));
    }

    /** Waits up to {@code seconds} for {@code condition}, evaluated on the UI thread each time (see {@link #read}). */
    public static void waitFor(long seconds, java.util.concurrent.Callable<Boolean> condition)
            throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS, () -> read(condition));
    }

    /** A loader that answers hand-made projects: the profiles shape follows the ticked profiles. */
    /** The real loader, every project loaded under {@code name}: each test has a project of its own. */
    public static ProjectSource named(String name) {
        ProjectSource real = Backends.loader();
        return o -> real.load(new dev.berth.compose.load.LoadOptions(o.files(), o.workingDir(), o.projectDirectory(),
                name, o.profiles(), o.envFiles(), o.environment(), o.interpolate(), o.targetServices()));
    }

    /** Takes the open project {@code name} down on a real engine: containers, networks, volumes; {@code images} as down's --rmi. */
    public void down(String name, ComposeEngine engine, String images) {
        if (engine != null && vm != null && vm.project().project() != null) {
            engine.down(name, vm.project().project(), new dev.berth.engine.DownOptions(true, true, images, 0),
                    dev.berth.engine.EventSink.NONE);
        }
    }

    public static ProjectSource handMade() {
        return options -> {
            String name = options.files().getFirst().getParent().getFileName().toString();
            var project = name.equals("profiles") ? TestProjects.profiles(java.util.Set.copyOf(options.profiles()))
                    : TestProjects.webapp();
            return new LoadResult(project, new SourceMap(), List.of());
        };
    }

    /** Saves what the window shows as target/screenshots/NAME.png (scripts/screenshots.sh collects them). */
    public static Path shoot(Scene scene, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        var done = new java.util.concurrent.CompletableFuture<javafx.scene.image.WritableImage>();
        Platform.runLater(() -> done.complete(scene.snapshot(null)));
        ImageIO.write(SwingFXUtils.fromFXImage(done.get(), null), "png", file.toFile());
        return file;
    }
}
