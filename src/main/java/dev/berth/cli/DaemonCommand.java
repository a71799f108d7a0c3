package dev.berth.cli;

import dev.berth.cli.daemon.DaemonAddress;
import dev.berth.cli.daemon.DaemonClient;
import dev.berth.cli.daemon.DaemonLauncher;
import dev.berth.cli.daemon.DaemonServer;
import dev.berth.cli.daemon.Request;
import dev.berth.engine.Tasks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code berth daemon start|stop|status}: the resident Berth that runs short commands in a warm JVM.
 * Commands start one on their own when none runs (unless BERTH_DAEMON=0); {@code run} is what they start.
 */
@Command(name = "daemon", description = "Start, stop or show the resident Berth that makes commands fast")
final class DaemonCommand implements Callable<Integer> {
    private static final Duration DEFAULT_IDLE = Duration.ofMinutes(15);

    @Parameters(index = "0", paramLabel = "ACTION", description = "status | start | stop | run")
    String action;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Invocation caller = BerthCommand.caller(spec);
        return switch (action) {
            case "status", "stop" -> ask(caller, action);
            case "start" -> start(caller);
            case "run" -> serve(caller);
            default -> {
                caller.err().println("berth daemon: unknown action " + action + " (status, start, stop or run)");
                yield 1;
            }
        };
    }

    /** Sends {@code daemon VERB} to the caller's daemon; its answer goes to the caller's streams. */
    private static DaemonClient.Result send(Invocation caller, String verb) {
        DaemonAddress address = DaemonAddress.of(caller.environment());
        return DaemonClient.send(address, new Request(address.identity(), caller.workingDir(), caller.terminal(),
                caller.environment(), List.of("daemon", verb)), caller.out(), caller.err());
    }

    private static int ask(Invocation caller, String verb) {
        DaemonClient.Result r = send(caller, verb);
        if (r.outcome() == DaemonClient.Outcome.DONE) {
            return r.exitCode();
        }
        caller.out().println("berth daemon: not running");
        return verb.equals("stop") ? 0 : 1;
    }

    private static int start(Invocation caller) throws InterruptedException {
        if (send(caller, "status").outcome() == DaemonClient.Outcome.DONE) {
            return 0;
        }
        DaemonLauncher.start(caller.environment());
        for (int i = 0; i < 100; i++) {
            Thread.sleep(100);
            if (send(caller, "status").outcome() == DaemonClient.Outcome.DONE) {
                return 0;
            }
        }
        caller.err().println("berth daemon: did not start; see " + DaemonAddress.of(caller.environment()).log());
        return 1;
    }

    /** {@code daemon run}: this process becomes the daemon; its caller is the process that started it. */
    private static int serve(Invocation caller) throws IOException {
        Map<String, String> env = caller.environment();
        DaemonAddress address = DaemonAddress.of(env);
        Forwarded forwarded = new Forwarded();
        DaemonServer server = new DaemonServer(address, idle(env), forwarded, caller.err());
        if (!server.bind()) {
            caller.err().println("berth daemon: already running on " + address.socket());
            return 0;
        }
        caller.err().println("berth daemon: pid " + ProcessHandle.current().pid() + " on " + address.socket());
        Tasks.useVirtualThreads(); // a long-lived process: no exit to delay, many commands to serve
        warmUp(server, address, caller);
        forwarded.settle();
        server.serve();
        caller.err().println("berth daemon: stopped");
        return 0;
    }

    /**
     * Forwarded commands, each run for its client: the client's environment, directory, terminal and user, output
     * to its frames, and no standard input (commands that read it are not forwarded). Each has its own command tree.
     */
    static final class Forwarded implements DaemonServer.Runner {
        /** Commands after which the daemon collects its heap once more (see {@link #between}). */
        private static final int SETTLING_COMMANDS = 2;
        private final AtomicReference<CommandLine> next = new AtomicReference<>();
        private final AtomicInteger served = new AtomicInteger(SETTLING_COMMANDS); // the warm-up does not count
        private final Runnable collect;

        Forwarded() {
            this(System::gc);
        }

        Forwarded(Runnable collect) {
            this.collect = collect;
        }

        @Override
        public int run(Request request, DaemonServer.Client client) {
            CommandLine cli = next.getAndSet(null);
            Invocation caller = new Invocation(request.environment(), request.workingDir(), request.terminal(),
                    InputStream.nullInputStream(), client.out(), client.err(), client.user());
            return BerthCommand.execute(cli != null ? cli : BerthCommand.prepare(), caller,
                    request.args().toArray(String[]::new));
        }

        /** After the warm-up: collect what it kept, and count the commands from here. */
        void settle() {
            served.set(0);
            collect.run();
        }

        @Override
        public void between() {
            next.compareAndSet(null, BerthCommand.prepare());
            // What the warm-up and the first commands keep for good (classes' data, the engine connection, caches)
            // otherwise sits in the young generation, and the serial collector copies it again at every young
            // collection in the middle of a command: 57 ms measured for the first, 2 ms once it was old. A full
            // collection now, while no command runs, moves it there (40-70 ms, nobody waiting).
            if (served.incrementAndGet() <= SETTLING_COMMANDS) {
                collect.run();
            }
        }
    }

    /** Loads and compiles the common paths (load, render, observe) before the first client arrives. */
    private static void warmUp(DaemonServer server, DaemonAddress address, Invocation caller) throws IOException {
        Path dir = Files.createTempDirectory("berth-warmup");
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, """
                services:
                  web:
                    image: berth/busybox:latest
                    command: ["httpd", "-f", "-p", "8080"]
                    environment: {MODE: "${MODE:-warm}"}
                    ports: ["8080"]
                    depends_on: {db: {condition: service_healthy}}
                  db:
                    image: berth/busybox:latest
                    healthcheck: {test: ["CMD", "true"], interval: 1s}
                    volumes: [data:/data]
                volumes: {data: {}}
                """);
        String project = "berth-daemon-warmup";
        for (List<String> args : List.of(List.of("-p", project, "-f", file.toString(), "config"),
                List.of("-p", project, "-f", file.toString(), "config", "--format", "json"),
                List.of("-p", project, "-f", file.toString(), "ps", "-a"),
                List.of("-p", project, "-f", file.toString(), "up", "--dry-run"),
                List.of("--version"))) {
            server.warmUp(new Request(address.identity(), dir, false, caller.environment(), args), caller.user());
        }
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    private static Duration idle(Map<String, String> env) {
        try {
            return Duration.ofSeconds(Long.parseLong(env.getOrDefault("BERTH_DAEMON_IDLE", "")));
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE;
        }
    }
}
