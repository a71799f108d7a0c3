package dev.berth.cli;

import dev.berth.cli.progress.ProgressSink;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerState;
import dev.berth.engine.DockerGateway;
import dev.berth.engine.EngineEvent.Phase;
import dev.berth.engine.EngineEvent.ResourceChanged;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
            return engine.state(project, all).containers().stream()
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
                engine.stop(loaded.name(), loaded.project(), services, timeout == null ? null : Duration.ofSeconds(timeout),
                        progress);
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
            Duration stop = timeout == null ? null : Duration.ofSeconds(timeout);
            try (ComposeEngine engine = EngineConnection.open(caller())) {
                if (dryRun) {
                    if (loaded.project() != null) {
                        caller().out().print(engine.planRestart(loaded.project(), services, stop, noDeps));
                    }
                    return 0;
                }
                try (ProgressSink progress = global().progress("Restarting")) {
                    engine.restart(loaded.name(), loaded.project(), services, stop, noDeps, progress);
                }
            }
            return 0;
        }
    }

    @Command(name = "pause", description = "Pause services")
    static final class Pause extends ServicesCommand {
        public Integer call() throws Exception {
            return each(this, false, (g, c) -> g.pause(c.id()), "Pausing", null, Phase.PAUSED);
        }
    }

    @Command(name = "unpause", description = "Unpause services")
    static final class Unpause extends ServicesCommand {
        public Integer call() throws Exception {
            return each(this, false, (g, c) -> g.unpause(c.id()), "Unpausing", null, Phase.UNPAUSED);
        }
    }

    @Command(name = "kill", description = "Force stop service containers")
    static final class Kill extends ServicesCommand {
        @Option(names = {"-s", "--signal"}) String signal = "SIGKILL";

        public Integer call() throws Exception {
            return each(this, false, (g, c) -> g.kill(c.id(), signal), "Killing", Phase.KILLING, Phase.KILLED);
        }
    }

    @Command(name = "rm", description = "Removes stopped service containers")
    static final class Rm extends ServicesCommand {
        private static final int STOP_SECONDS = 10;
        @Option(names = {"-f", "--force"}) boolean force;
        @Option(names = {"-s", "--stop"}) boolean stop;
        @Option(names = {"-v", "--volumes"}) boolean volumes;

        /** As the reference: name what goes, ask unless --force (a terminal sees the question), then remove. */
        public Integer call() throws Exception {
            Loaded loaded = Loaded.optional(global());
            try (ComposeEngine engine = EngineConnection.open(caller())) {
                List<ContainerState> going = containers(engine, loaded.name(), true);
                if (going.isEmpty()) {
                    caller().err().println("No stopped containers");
                    return 0;
                }
                String names = String.join(", ", going.stream().map(ContainerState::name).toList());
                if (force) {
                    caller().out().println("Going to remove " + names);
                } else if (!confirmed("Going to remove " + names)) {
                    return 0;
                }
                try (ProgressSink progress = global().progress("Removing")) {
                    for (ContainerState c : going) {
                        if (c.running()) {
                            progress.accept(ResourceChanged.container(c.name(), c.serviceName(), Phase.STOPPING));
                            engine.gateway().stop(c.id(), STOP_SECONDS);
                            progress.accept(ResourceChanged.container(c.name(), c.serviceName(), Phase.STOPPED));
                        }
                        progress.accept(ResourceChanged.container(c.name(), c.serviceName(), Phase.REMOVING));
                        engine.gateway().remove(c.id(), volumes, false);
                        progress.accept(ResourceChanged.container(c.name(), c.serviceName(), Phase.REMOVED));
                    }
                }
            }
            return 0;
        }

        /** The question on a terminal; the answer is read from stdin either way (nothing, or not y/yes: no). */
        private boolean confirmed(String what) throws IOException {
            caller().out().print(what);
            if (caller().terminal()) {
                caller().out().print("\n? Are you sure? (y/N) ");
            }
            caller().out().flush();
            String answer = new BufferedReader(new InputStreamReader(caller().in(), StandardCharsets.UTF_8)).readLine();
            return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
        }

        /** Running containers stay unless --stop: they are neither removed nor reported. */
        @Override
        List<ContainerState> containers(ComposeEngine engine, String project, boolean all) {
            return super.containers(engine, project, all).stream().filter(c -> stop || !c.running()).toList();
        }
    }

    interface Action {
        void apply(DockerGateway gateway, ContainerState container);
    }

    /** Applies {@code action} to each container, reporting {@code working} (if any) before and {@code done} after. */
    static int each(ServicesCommand cmd, boolean all, Action action, String title, Phase working, Phase done)
            throws Exception {
        Loaded loaded = Loaded.optional(cmd.global());
        try (ComposeEngine engine = EngineConnection.open(cmd.caller()); ProgressSink progress = cmd.global().progress(title)) {
            for (ContainerState c : cmd.containers(engine, loaded.name(), all)) {
                if (working != null) {
                    progress.accept(ResourceChanged.container(c.name(), c.serviceName(), working));
                }
                action.apply(engine.gateway(), c);
                progress.accept(ResourceChanged.container(c.name(), c.serviceName(), done));
            }
        }
        return 0;
    }
}
