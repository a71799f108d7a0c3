package dev.berth.cli;

import dev.berth.cli.progress.ProgressSink;
import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.EngineEvent;
import dev.berth.engine.Subscription;
import dev.berth.engine.UpOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code watch}: builds and starts the services (unless {@code --no-up}), then follows their {@code develop.watch}
 * paths until Ctrl-C, printing the reference's watch lines.
 */
@Command(name = "watch",
        description = "Watch build context for service and rebuild/refresh containers when files are updated")
final class WatchCommand implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Option(names = "--no-up", description = "Do not build & start services before watching") boolean noUp;
    @Option(names = "--prune", negatable = true, defaultValue = "true", fallbackValue = "true", arity = "0..1",
            description = "Prune dangling images on rebuild (default true)") boolean prune;
    @Option(names = "--quiet", description = "hide build output") boolean quiet;
    @Parameters(paramLabel = "SERVICE") List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Invocation io = global.caller();
        Project project = ProjectSource.load(global, services);
        try (ComposeEngine engine = EngineConnection.open(global.caller()); ProgressSink progress = global.progress("Running", quiet)) {
            if (!noUp) {
                engine.up(project, UpOptions.defaults().withServices(services), progress);
            }
            try (Subscription watching = start(engine, project, services, io, progress)) {
                new CountDownLatch(1).await(); // until Ctrl-C
            } catch (InterruptedException stopped) {
                return 0;
            }
        }
        return 0;
    }

    /** Starts watching and says so; exec output goes to the caller's streams, the watch lines to stdout. */
    static Subscription start(ComposeEngine engine, Project project, List<String> services, Invocation io,
                              ProgressSink progress) {
        Subscription watching = engine.watchFiles(project, services, line -> {
            io.out().println(line);
            io.out().flush();
        }, e -> {
            if (e instanceof EngineEvent.LogLine l) {
                (l.stderr() ? io.err() : io.out()).print(l.text());
            } else {
                progress.accept(e);
            }
        });
        io.out().println("Watch enabled");
        io.out().flush();
        return watching;
    }
}
