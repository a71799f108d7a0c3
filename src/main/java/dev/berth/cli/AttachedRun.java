package dev.berth.cli;

import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineException;
import dev.berth.engine.LogOptions;
import dev.berth.engine.Subscription;
import dev.berth.engine.UpOptions;
import java.time.Duration;

/**
 * {@code up} without -d: streams prefixed logs until every container has stopped; Ctrl-C stops the project's
 * containers gracefully (a second Ctrl-C kills the JVM, leaving them to {@code down}).
 */
final class AttachedRun {
    private final ComposeEngine engine;
    private final Project project;
    private final UpOptions options;

    AttachedRun(ComposeEngine engine, Project project, UpOptions options) {
        this.engine = engine;
        this.project = project;
        this.options = options;
    }

    int run() throws InterruptedException {
        LogPrinter printer = new LogPrinter(System.out, project.services().keySet(), false, false);
        ProgressPrinter progress = new ProgressPrinter(System.err, false);
        Subscription logs = engine.logs(project.name(), new LogOptions(options.services(), true, 0, null, false),
                event -> {
                    if (event instanceof EngineEvent.LogLine line) {
                        printer.print(line);
                    }
                });
        Thread stopper = new Thread(() -> {
            System.err.println("Gracefully stopping... (press Ctrl+C again to force)");
            logs.close();
            try {
                engine.stop(project.name(), project, options.services(),
                        options.timeoutSeconds() == null ? null : Duration.ofSeconds(options.timeoutSeconds()), progress);
            } catch (EngineException e) {
                System.err.println(e.getMessage());
            }
        });
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            engine.up(project, options, progress);
        } catch (EngineException e) {
            logs.close();
            Runtime.getRuntime().removeShutdownHook(stopper);
            throw e;
        }
        logs.awaitEnd();
        logs.close();
        Runtime.getRuntime().removeShutdownHook(stopper);
        return 0;
    }

}
