package dev.berth.cli;

import dev.berth.cli.progress.Progress;
import dev.berth.cli.progress.ProgressSettings;
import dev.berth.cli.progress.ProgressSink;
import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineException;
import dev.berth.engine.EventSink;
import dev.berth.engine.KillOptions;
import dev.berth.engine.LogOptions;
import dev.berth.engine.StopOptions;
import dev.berth.engine.Subscription;
import dev.berth.engine.Tasks;
import dev.berth.engine.UpOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code up} without -d: streams prefixed logs until every container has stopped. The first Ctrl-C stops the
 * project's containers (kept, not removed) and exits 130; a second one exits at once. With
 * {@code --abort-on-container-exit} the first container to stop stops the rest, and its exit code (or that of
 * the {@code --exit-code-from} service) is ours.
 */
final class AttachedRun {
    private enum Ending { ALL_EXITED, INTERRUPTED, ABORTED }

    /** When one container stopping stops the rest. */
    enum Abort { NEVER, ON_EXIT, ON_FAILURE }

    private final ComposeEngine engine;
    private final Invocation caller;
    private final Project project;
    private final UpOptions options;
    private final Abort abort;
    private final String exitCodeFrom;
    private final Map<String, Integer> exitCodes = new HashMap<>();
    private Integer abortCode;
    private LogPrinter printer;
    private Function<String, ProgressSink> progress;
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;
    private Ending ending;
    private boolean upRunning;
    private Runnable afterUp = () -> { };

    AttachedRun(ComposeEngine engine, Invocation caller, Project project, UpOptions options, Abort abort,
                String exitCodeFrom) {
        this.engine = engine;
        this.caller = caller;
        this.project = project;
        this.options = options;
        this.abort = abort;
        this.exitCodeFrom = exitCodeFrom;
        this.printer = new LogPrinter(caller.out(), project.services().keySet(), false, false);
        this.progress = title -> Progress.open(ProgressSettings.of("plain", null, false, Map.of()), title, caller.err());
    }

    AttachedRun printing(LogPrinter logPrinter) {
        this.printer = logPrinter;
        return this;
    }

    /**
     * Progress output by title ("Running", "Stopping"). A live view redraws in place, so log lines printed
     * meanwhile would be overwritten: with {@code live} they wait until up's last frame is drawn.
     */
    AttachedRun progress(Function<String, ProgressSink> opener, boolean live) {
        this.progress = opener;
        this.holding = live;
        return this;
    }

    /** Runs once up has brought the services up, before the logs are followed ({@code up --watch}). */
    AttachedRun afterUp(Runnable action) {
        this.afterUp = action;
        return this;
    }

    int run() throws InterruptedException {
        caller.out().println("Attaching to " + String.join(", ", containerNames()));
        Thread main = Thread.currentThread();
        Subscription logs = engine.logs(project.name(), new LogOptions(options.services(), true, 0, null, false, true),
                this::show);
        try (Interrupts interrupts = new Interrupts(() -> end(Ending.INTERRUPTED, main), this::force)) {
            up(interrupts);
            afterUp.run();
            Tasks.start(() -> {
                try {
                    logs.awaitEnd();
                    end(Ending.ALL_EXITED, main);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return finish(awaitEnding(), logs);
        } finally {
            logs.close();
        }
    }

    private void up(Interrupts interrupts) {
        synchronized (this) {
            upRunning = true;
        }
        try (ProgressSink sink = progress.apply("Running")) {
            engine.up(project, options, sink);
        } catch (EngineException e) {
            if (!interrupts.received()) {
                throw e;
            }
        } finally {
            synchronized (this) {
                upRunning = false;
                Thread.interrupted(); // a Ctrl-C during up interrupted it; the stop below must not be
            }
            release();
        }
    }

    private void release() {
        synchronized (held) {
            holding = false;
            held.forEach(Runnable::run);
            held.clear();
        }
    }

    private int finish(Ending how, Subscription logs) throws InterruptedException {
        Duration timeout = options.timeoutSeconds() == null ? null : Duration.ofSeconds(options.timeoutSeconds());
        if (how == Ending.INTERRUPTED) {
            logs.close(); // the reference prints no more output once stopping
            caller.err().println("Gracefully Stopping... press Ctrl+C again to force");
            try (ProgressSink sink = progress.apply("Stopping")) {
                engine.stop(project.name(), project, new StopOptions(options.services(), timeout), sink);
            }
            return 130;
        }
        if (how == Ending.ABORTED) {
            caller.err().println(caller.terminal() ? "\u001b[31m\u001b[1mAborting on container exit...\u001b[0m"
                    : "Aborting on container exit...");
            try (ProgressSink sink = progress.apply("Stopping")) {
                engine.stop(project.name(), project, new StopOptions(options.services(), timeout), sink);
            }
            logs.awaitEnd(); // the others' "exited with code" lines
        }
        synchronized (this) {
            if (exitCodeFrom != null) {
                return exitCodes.getOrDefault(exitCodeFrom, 0);
            }
            return how == Ending.ABORTED ? abortCode : 0;
        }
    }

    private void show(EngineEvent event) {
        synchronized (this) {
            if (ending == Ending.INTERRUPTED) {
                return;
            }
        }
        if (event instanceof EngineEvent.LogLine line) {
            output(() -> printer.print(line));
        } else if (event instanceof EngineEvent.ResourceChanged c && c.phase() == EngineEvent.Phase.EXITED) {
            int code = c.exitCode() == null ? 0 : c.exitCode();
            output(() -> printer.status(c.serviceName(), c.resourceName(), "exited with code " + code));
            synchronized (this) {
                exitCodes.put(c.serviceName(), code);
                if (ending == null && (abort == Abort.ON_EXIT || (abort == Abort.ON_FAILURE && code != 0))) {
                    abortCode = code;
                    end(Ending.ABORTED, null);
                }
            }
        }
    }

    /**
     * The second Ctrl-C: kill what the graceful stop is still waiting for, as the reference does; the stop then
     * returns and the run ends with 130. If the engine cannot be reached, leave at once.
     */
    private void force() {
        try {
            engine.kill(project.name(), new KillOptions(options.services(), "SIGKILL"), EventSink.NONE);
        } catch (RuntimeException e) {
            System.exit(130);
        }
    }

    /** Prints now, or after up's last progress frame while a live view is drawing (keeps lines in order). */
    private void output(Runnable print) {
        synchronized (held) {
            if (holding) {
                held.add(print);
            } else {
                print.run();
            }
        }
    }

    private synchronized void end(Ending how, Thread main) {
        if (ending != null) {
            return;
        }
        ending = how;
        if (how == Ending.INTERRUPTED && upRunning) {
            main.interrupt(); // cancels the waits of up: nothing more starts
        }
        notifyAll();
    }

    private synchronized Ending awaitEnding() throws InterruptedException {
        while (ending == null) {
            wait();
        }
        return ending;
    }

    /** What the reference lists after "Attaching to": the containers of the services, without the project name. */
    private List<String> containerNames() {
        List<String> names = new ArrayList<>();
        List<String> services = options.services().isEmpty() ? List.copyOf(project.services().keySet()) : options.services();
        for (String name : services.stream().sorted().toList()) {
            int scale = options.scale().getOrDefault(name, project.service(name).scale());
            for (int i = 1; i <= scale; i++) {
                names.add(name + "-" + i);
            }
        }
        return names;
    }
}
