package dev.berth.ui;

import dev.berth.ui.topology.PositionStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The desktop application: opens the files given on the command line, else the bundled sample. */
public final class BerthApp extends Application {
    private ExecutorService background;
    private MainViewModel vm;
    private dev.berth.engine.ComposeEngine engine;

    /** The engine's connection, begun before the toolkit starts: each takes 0.3-0.5 s cold, and they overlap. */
    private static volatile CompletableFuture<dev.berth.engine.ComposeEngine> connecting;

    /** Starts connecting to the engine on a thread of its own; {@link #init} waits for it. */
    static void connectEarly(Map<String, String> environment) {
        connecting = CompletableFuture.supplyAsync(() -> Backends.engine(environment),
                r -> Thread.ofPlatform().daemon().name("berth-connect").start(r));
    }

    /** Runs on the launcher thread, so connecting to the engine does not hold up the window's thread. */
    @Override
    public void init() {
        FirstFrame.mark("init");
        IdleHeap.apply();
        CompletableFuture<dev.berth.engine.ComposeEngine> early = connecting;
        engine = early != null ? early.join() : Backends.engine(System.getenv());
    }

    @Override
    public void start(Stage stage) {
        FirstFrame.mark("toolkit started");
        // as a cached pool, but work handed over after the window closed (a load that lands during the exit) is
        // dropped, not thrown at the UI thread as a stack trace
        background = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> Thread.ofPlatform().daemon().name("berth-ui-work").unstarted(r), new ThreadPoolExecutor.DiscardPolicy());
        Preferences prefs = Preferences.userRoot().node("dev/berth/ui");
        Path cwd = Path.of("").toAbsolutePath();
        vm = new MainViewModel(Backends.loader(), engine, background, Platform::runLater, System.getenv(), cwd,
                PositionStore.inUserConfig(), new RecentFiles(prefs));
        MainWindow.show(stage, vm, url -> getHostServices().showDocument(url), prefs);
        FirstFrame.mark("window shown");
        FirstFrame.watch(stage.getScene());
        vm.open(StartFiles.choose(getParameters().getRaw(), cwd));
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.close();
        }
        if (engine != null) {
            engine.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }
}
