package dev.berth.cli;

import dev.berth.cli.progress.ProgressMode;
import dev.berth.cli.progress.ProgressSink;
import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.EngineEvent.LogLine;
import dev.berth.engine.EngineException;
import dev.berth.engine.LogOptions;
import dev.berth.engine.Subscription;
import dev.berth.engine.UpOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code up} without -d: streams prefixed logs until every container has stopped; Ctrl-C stops the project's
 * containers gracefully (a second Ctrl-C kills the JVM, leaving them to {@code down}).
 */
final class AttachedRun {
    private final ComposeEngine engine;
    private final Project project;
    private final UpOptions options;
    private final GlobalOptions global;
    private final List<LogLine> held = new ArrayList<>();
    private boolean holding;

    AttachedRun(ComposeEngine engine, Project project, UpOptions options, GlobalOptions global) {
        this.engine = engine;
        this.project = project;
        this.options = options;
        this.global = global;
    }

    int run() throws InterruptedException {
        LogPrinter printer = new LogPrinter(System.out, project.services().keySet(), false, false);
        // the live view redraws in place: log lines printed meanwhile would be overwritten, so they wait for it
        holding = global.progressSettings().output() == ProgressMode.TTY;
        Subscription logs = engine.logs(project.name(), new LogOptions(options.services(), true, 0, null, false),
                event -> {
                    if (event instanceof LogLine line) {
                        print(printer, line);
                    }
                });
        Thread stopper = new Thread(() -> stop(logs));
        Runtime.getRuntime().addShutdownHook(stopper);
        try (ProgressSink progress = global.progress("Running")) {
            engine.up(project, options, progress);
        } catch (EngineException e) {
            logs.close();
            Runtime.getRuntime().removeShutdownHook(stopper);
            throw e;
        } finally {
            release(printer);
        }
        logs.awaitEnd();
        logs.close();
        Runtime.getRuntime().removeShutdownHook(stopper);
        return 0;
    }

    private void print(LogPrinter printer, LogLine line) {
        synchronized (held) {
            if (holding) {
                held.add(line);
            } else {
                printer.print(line);
            }
        }
    }

    private void release(LogPrinter printer) {
        synchronized (held) {
            holding = false;
            held.forEach(printer::print);
            held.clear();
        }
    }

    private void stop(Subscription logs) {
        System.err.println("Gracefully stopping... (press Ctrl+C again to force)");
        logs.close();
        try (ProgressSink progress = global.progress("Stopping")) {
            engine.stop(project.name(), project, options.services(),
                    options.timeoutSeconds() == null ? null : Duration.ofSeconds(options.timeoutSeconds()), progress);
        } catch (EngineException e) {
            System.err.println(e.getMessage());
        }
    }
}
