package dev.berth.cli;

import dev.berth.cli.progress.ProgressSink;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerState;
import dev.berth.engine.ContainerScope;
import dev.berth.engine.EventSink;
import dev.berth.engine.KillOptions;
import dev.berth.engine.RemoveOptions;
import dev.berth.engine.RestartOptions;
import dev.berth.engine.StopOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** start, stop, restart, pause, unpause, kill, rm: the same shape, one engine call per service or container. */
final class LifecycleCommands {
    private LifecycleCommands() {}

    abstract static class ServicesCommand implements Callable<Integer> {
        // global flags come before the command name here: rm has its own -f (--force)
        @Spec CommandSpec spec;

        GlobalOptions global() {
            return GlobalOptions.inherited(spec);
        }

        /** The caller of this command line. */
        Invocation caller() {
            return global().caller();
        }

        @Parameters(paramLabel = "SERVICE") List<String> services = new ArrayList<>();

        List<ContainerState> containers(ComposeEngine engine, String project, boolean all) {
            return engine.state(project, all ? ContainerScope.ALL : ContainerScope.RUNNING).containers().stream()
                    .filter(c -> services.isEmpty() || services.contains(c.serviceName())).toList();
        }
    }

    @Command(name = "start", description = "Start services")
    static final class Start extends ServicesCommand {
        public Integer call() throws Exception {
            Loaded loaded = Loaded.required(global(), List.of());
            try (ComposeEngine engine = EngineConnection.open(caller()); ProgressSink progress = global().progress("Running")) {
                engine.start(loaded.project(), services, progress);
            }
            return 0;
        }
    }

    @Command(name = "stop", description = "Stop services")
    static final class Stop extends ServicesCommand {
        @Option(names = {"-t", "--timeout"}) Integer timeout;

        public Integer call() throws Exception {
            Loaded loaded = Loaded.optional(global());
            try (ComposeEngine engine = EngineConnection.open(caller()); ProgressSink progress = global().progress("Stopping")) {
                engine.stop(loaded.name(), loaded.project(),
                        StopOptions.of(services).withTimeout(timeout == null ? null : Duration.ofSeconds(timeout)), progress);
            }
            return 0;
        }
    }

    @Command(name = "restart", description = "Restart service containers")
    static final class Restart extends ServicesCommand {
        @Option(names = {"-t", "--timeout"}) Integer timeout;
        @Option(names = "--no-deps", description = "Don't restart dependent services") boolean noDeps;
        @Option(names = "--dry-run", description = "Print the plan and change nothing") boolean dryRun;

        public Integer call() throws Exception {
            Loaded loaded = Loaded.optional(global());
            RestartOptions options = RestartOptions.of(services)
                    .withTimeout(timeout == null ? null : Duration.ofSeconds(timeout))
                    .with(noDeps ? RestartOptions.Dependants.LEFT_OUT : RestartOptions.Dependants.INCLUDED);
            try (ComposeEngine engine = EngineConnection.open(caller())) {
                if (dryRun) {
                    if (loaded.project() != null) {
                        caller().out().print(engine.planRestart(loaded.project(), options));
                    }
                    return 0;
                }
                try (ProgressSink progress = global().progress("Restarting")) {
                    engine.restart(loaded.name(), loaded.project(), options, progress);
                }
            }
            return 0;
        }
    }

    @Command(name = "pause", description = "Pause services")
    static final class Pause extends ServicesCommand {
        public Integer call() throws Exception {
            return each(this, "Pausing", (engine, name, sink) -> engine.pause(name, services, sink));
        }
    }

    @Command(name = "unpause", description = "Unpause services")
    static final class Unpause extends ServicesCommand {
        public Integer call() throws Exception {
            return each(this, "Unpausing", (engine, name, sink) -> engine.unpause(name, services, sink));
        }
    }

    @Command(name = "kill", description = "Force stop service containers")
    static final class Kill extends ServicesCommand {
        @Option(names = {"-s", "--signal"}) String signal = "SIGKILL";

        public Integer call() throws Exception {
            return each(this, "Killing", (engine, name, sink) -> engine.kill(name, new KillOptions(services, signal), sink));
        }
    }

    @Command(name = "rm", description = "Removes stopped service containers")
    static final class Rm extends ServicesCommand {
        @Option(names = {"-f", "--force"}) boolean force;
        @Option(names = {"-s", "--stop"}) boolean stop;
        @Option(names = {"-v", "--volumes"}) boolean volumes;

        /** As the reference: name what goes, ask unless --force (a terminal sees the question), then remove. */
        public Integer call() throws Exception {
            Loaded loaded = Loaded.optional(global());
            AtomicBoolean asked = new AtomicBoolean();
            RemoveOptions options = RemoveOptions.of(services)
                    .with(stop ? RemoveOptions.Running.STOPPED_AND_REMOVED : RemoveOptions.Running.KEPT)
                    .with(volumes ? RemoveOptions.Volumes.REMOVED : RemoveOptions.Volumes.KEPT)
                    .withApproval(names -> {
                        asked.set(true);
                        return confirmed("Going to remove " + String.join(", ", names));
                    });
            // The progress display opens with the first removal, after the question: it never draws over it.
            AtomicReference<ProgressSink> progress = new AtomicReference<>();
            try (ComposeEngine engine = EngineConnection.open(caller())) {
                engine.remove(loaded.name(), options, e -> progress.updateAndGet(
                        p -> p != null ? p : global().progress("Removing")).accept(e));
            } finally {
                if (progress.get() != null) {
                    progress.get().close();
                }
            }
            if (!asked.get()) {
                caller().err().println("No stopped containers");
            }
            return 0;
        }

        private boolean confirmed(String what) {
            if (force) {
                caller().out().println(what);
                return true;
            }
            try {
                return asked(what);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The question on a terminal; the answer is read from stdin either way (nothing, or not y/yes: no). */
        private boolean asked(String what) throws IOException {
            caller().out().print(what);
            if (caller().terminal()) {
                caller().out().print("\n? Are you sure? (y/N) ");
            }
            caller().out().flush();
            String answer = new BufferedReader(new InputStreamReader(caller().in(), StandardCharsets.UTF_8)).readLine();
            return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
        }
    }

    interface Action {
        void apply(ComposeEngine engine, String projectName, EventSink sink);
    }

    /** Runs one engine verb on the project's containers under a progress display titled {@code title}. */
    static int each(ServicesCommand cmd, String title, Action action) throws Exception {
        Loaded loaded = Loaded.optional(cmd.global());
        try (ComposeEngine engine = EngineConnection.open(cmd.caller()); ProgressSink progress = cmd.global().progress(title)) {
            action.apply(engine, loaded.name(), progress);
        }
        return 0;
    }
}
