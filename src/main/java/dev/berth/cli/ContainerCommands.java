package dev.berth.cli;

import dev.berth.cli.progress.ProgressSink;
import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerScope;
import dev.berth.engine.ContainerState;
import dev.berth.engine.DownOptions;
import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineException;
import dev.berth.engine.EventSink;
import dev.berth.engine.ExecOptions;
import dev.berth.engine.RunOptions;
import dev.berth.engine.Tasks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** exec, run, top, port, wait: commands about one service's containers. */
final class ContainerCommands {
    private ContainerCommands() {}

    /** Raw output: the process's own bytes, unprefixed, on the caller's matching stream. */
    static EventSink printer(Invocation caller) {
        return e -> {
            if (e instanceof EngineEvent.LogLine l) {
                (l.stderr() ? caller.err() : caller.out()).print(l.text());
            }
        };
    }

    /** {@code -e NAME=value}, or {@code -e NAME} for the caller's own value. */
    static Map<String, String> env(List<String> pairs, Invocation caller) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : pairs) {
            int eq = p.indexOf('=');
            out.put(eq < 0 ? p : p.substring(0, eq), eq < 0 ? caller.environment().getOrDefault(p, "") : p.substring(eq + 1));
        }
        return out;
    }

    @Command(name = "exec", description = "Execute a command in a running container")
    static final class Exec implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = {"-d", "--detach"}) boolean detach;
        @Option(names = {"-e", "--env"}) List<String> env = new ArrayList<>();
        @Option(names = "--index") int index = 1;
        @Option(names = {"-T", "--no-TTY"}) boolean noTty;
        @Option(names = "--privileged") boolean privileged;
        @Option(names = {"-u", "--user"}) String user;
        @Option(names = {"-w", "--workdir"}) String workdir;
        @Parameters(index = "0", paramLabel = "SERVICE") String service;
        @Parameters(index = "1..*", paramLabel = "COMMAND") List<String> command = new ArrayList<>();

        public Integer call() throws Exception {
            GlobalOptions global = GlobalOptions.inherited(spec);
            Invocation caller = global.caller();
            Loaded loaded = Loaded.optional(global);
            List<String> envPairs = env(env, caller).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
            // Like the reference: stdin always attached (-i by default); a TTY when run from a terminal, unless -T.
            boolean tty = !noTty && !detach && caller.terminal();
            try (ComposeEngine engine = EngineConnection.open(caller);
                 RawTerminal raw = tty ? RawTerminal.enter() : RawTerminal.NONE) {
                ExecOptions options = ExecOptions.of(service, index, command).withEnv(envPairs).withUser(user, workdir)
                        .with(privileged ? ExecOptions.Privileges.EXTENDED : ExecOptions.Privileges.DEFAULT)
                        .with(detach ? ExecOptions.Mode.DETACHED : ExecOptions.Mode.ATTACHED).withStdin(caller.in());
                return engine.exec(loaded.name(), tty ? options.withTerminal(WindowWatch.of(raw)) : options,
                        printer(caller));
            }
        }
    }

    @Command(name = "run", description = "Run a one-off command on a service")
    static final class Run implements Callable<Integer> {
        @Mixin GlobalOptions global;
        @Option(names = "--rm") boolean remove;
        @Option(names = {"-d", "--detach"}) boolean detach;
        @Option(names = {"-e", "--env"}) List<String> env = new ArrayList<>();
        @Option(names = "--name") String name;
        @Option(names = "--no-deps") boolean noDeps;
        @Option(names = "--entrypoint") String entrypoint;
        @Option(names = {"-u", "--user"}) String user;
        @Option(names = {"-w", "--workdir"}) String workdir;
        @Option(names = {"-T", "--no-TTY"}) boolean noTty;
        @Option(names = {"-P", "--service-ports"}) boolean servicePorts;
        @Parameters(index = "0", paramLabel = "SERVICE") String service;
        @Parameters(index = "1..*", paramLabel = "COMMAND") List<String> command = new ArrayList<>();

        public Integer call() throws Exception {
            Invocation caller = global.caller();
            Project project = ProjectSource.load(global, List.of(service));
            // Interactive like the reference's run (-i by default): our stdin is the container's, output raw;
            // a TTY when run from a terminal, unless -T.
            boolean tty = !noTty && !detach && caller.terminal();
            try (ComposeEngine engine = EngineConnection.open(caller);
                 RawTerminal raw = tty ? RawTerminal.enter() : RawTerminal.NONE) {
                RunOptions options = RunOptions.of(command).withEntrypoint(entrypoint).withEnvironment(env(env, caller))
                        .withName(name).withRemove(remove).withDetach(detach).withNoDeps(noDeps).withUser(user, workdir)
                        .withServicePorts(servicePorts).withStdin(detach ? null : caller.in());
                return engine.run(project, service, tty ? options.withTerminal(WindowWatch.of(raw)) : options,
                        printer(caller));
            }
        }
    }

    @Command(name = "top", description = "Display the running processes")
    static final class Top extends LifecycleCommands.ServicesCommand {
        public Integer call() throws Exception {
            Loaded loaded = Loaded.optional(global());
            try (ComposeEngine engine = EngineConnection.open(caller())) {
                List<List<String>> rows = new ArrayList<>();
                List<ContainerState> running = containers(engine, loaded.name(), false).stream()
                        .sorted(Comparator.comparing(ContainerState::serviceName)
                                .thenComparingInt(ContainerState::number)).toList();
                for (ContainerState c : running) {
                    List<List<String>> processes = engine.top(c.id());
                    if (rows.isEmpty() && !processes.isEmpty()) {
                        rows.add(Stream.concat(Stream.of("SERVICE", "#"),
                                processes.getFirst().stream()).toList());
                    }
                    processes.stream().skip(1).forEach(p -> rows.add(Stream.concat(
                            Stream.of(c.serviceName(), String.valueOf(c.number())), p.stream()).toList()));
                }
                caller().out().print(Table.NARROW.render(rows));
            }
            return 0;
        }
    }

    @Command(name = "port", description = "Print the public port for a port binding")
    static final class Port implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--index") int index = 1;
        @Option(names = "--protocol") String protocol = "tcp";
        @Parameters(index = "0", paramLabel = "SERVICE") String service;
        @Parameters(index = "1", paramLabel = "PRIVATE_PORT") int privatePort;

        public Integer call() throws Exception {
            GlobalOptions global = GlobalOptions.inherited(spec);
            Loaded loaded = Loaded.optional(global);
            try (ComposeEngine engine = EngineConnection.open(global.caller())) {
                ContainerState c = engine.state(loaded.name(), ContainerScope.RUNNING).containersOf(service).stream()
                        .filter(x -> x.number() == index).findFirst()
                        .orElseThrow(() -> new EngineException(EngineException.Reason.NOT_FOUND,
                                "service \"" + service + "\" is not running" + (index == 1 ? "" : " container #" + index)));
                var port = c.ports().stream().filter(p -> p.containerPort() == privatePort && p.hostPort() != 0
                        && protocol.equals(p.protocol())).findFirst()
                        .orElseThrow(() -> new EngineException(EngineException.Reason.NOT_FOUND,
                                "no port " + privatePort + "/" + protocol + " for container " + c.name() + ": "
                                        + String.join(", ", c.ports().stream().map(p -> p.hostPort() + "/" + p.protocol())
                                        .toList())));
                global.caller().out().println((port.hostIp() == null || port.hostIp().isEmpty() ? "0.0.0.0" : port.hostIp()) + ":"
                        + port.hostPort());
            }
            return 0;
        }
    }

    @Command(name = "wait", description = "Block until containers of all (or specified) services stop")
    static final class Wait extends LifecycleCommands.ServicesCommand {
        @Option(names = "--down-project", description = "Drops project when the first container stops") boolean downProject;

        /**
         * As the reference: the running containers of the services named (one at least), each reported as it stops;
         * the exit code is the last one's. With --down-project the first stop takes the project down.
         */
        public Integer call() throws Exception {
            if (services.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "wait requires at least 1 service");
            }
            Loaded loaded = Loaded.optional(global());
            try (ComposeEngine engine = EngineConnection.open(caller())) {
                List<ContainerState> running = containers(engine, loaded.name(), false);
                if (running.isEmpty()) {
                    throw new EngineException(EngineException.Reason.NOT_FOUND,
                            "no containers for project \"" + loaded.name() + "\"");
                }
                AtomicInteger last = new AtomicInteger();
                AtomicBoolean downing = new AtomicBoolean();
                try (var waits = Tasks.perTask()) {
                    List<Future<?>> all = new ArrayList<>();
                    for (ContainerState c : running) {
                        all.add(waits.submit(() -> {
                            int code = engine.waitFor(c.id());
                            synchronized (last) {
                                caller().out().println("container \"" + c.id() + "\" exited with status code " + code);
                                last.set(code);
                            }
                            if (downProject && downing.compareAndSet(false, true)) {
                                try (ProgressSink progress = global().progress("Running")) {
                                    engine.down(loaded.name(), loaded.project(), DownOptions.defaults(),
                                            progress);
                                }
                            }
                            return null;
                        }));
                    }
                    for (var f : all) {
                        f.get();
                    }
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                return last.get();
            }
        }
    }
}
