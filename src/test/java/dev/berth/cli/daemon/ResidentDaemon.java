package dev.berth.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real daemon process of target/berth.jar ({@code berth daemon run}) with an environment of its own, and a client
 * that sends it requests as the thin client does, each with any caller's directory and environment.
 */
final class ResidentDaemon implements AutoCloseable {
    record Answer(DaemonClient.Outcome outcome, int code, String out, String err) {}

    final DaemonAddress address;
    final Process process;
    final Path log;

    private ResidentDaemon(DaemonAddress address, Process process, Path log) {
        this.address = address;
        this.process = process;
        this.log = log;
    }

    /** Starts a daemon whose own environment is {@code own} (on top of PATH and HOME), its socket under {@code dir}. */
    static ResidentDaemon start(Path dir, Map<String, String> own) throws Exception {
        Path jar = Path.of("target/berth.jar").toAbsolutePath();
        Map<String, String> env = new HashMap<>(own);
        env.put("BERTH_DAEMON_DIR", dir.resolve("sockets").toString());
        env.put("BERTH_DAEMON_IDLE", "300");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "daemon", "run");
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().put("HOME", System.getProperty("user.home"));
        pb.environment().putAll(env);
        Path log = dir.resolve("daemon.log");
        Process process = pb.directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ResidentDaemon daemon = new ResidentDaemon(DaemonAddress.of(env, jar), process, log);
        daemon.awaitReady();
        return daemon;
    }

    private void awaitReady() throws Exception {
        long end = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < end) {
            if (process.isAlive() && Files.exists(address.socket())
                    && send(Path.of("/"), Map.of(), "daemon", "status").outcome() == DaemonClient.Outcome.DONE) {
                return;
            }
            Thread.sleep(200); // a JVM starting in another process, then its warm-up
        }
        throw new AssertionError("the daemon did not answer; its log: " + Files.readString(log));
    }

    /** One command as a client in {@code dir} with exactly {@code env} would send it. */
    Answer send(Path dir, Map<String, String> env, String... args) {
        return send(dir, env, new ByteArrayOutputStream(), new ByteArrayOutputStream(), args);
    }

    /** As {@link #send(Path, Map, String...)}, the output arriving in {@code out} and {@code err} as it comes. */
    Answer send(Path dir, Map<String, String> env, ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        DaemonClient.Result r = DaemonClient.send(address, new Request(address.identity(), dir, false, env, List.of(args)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Answer(r.outcome(), r.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            send(Path.of("/"), Map.of(), "daemon", "stop");
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
