package dev.berth.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code berth} commands in this JVM, as the daemon does (no JVM start per command), for a caller whose
 * directory is a test's own and whose stdout/stderr are collected. Nothing global is swapped: commands may run
 * at once.
 */
final class InProcessCli {
    record Ran(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private final Path dir;
    private final Map<String, String> environment;

    InProcessCli(Path dir) {
        this(dir, Map.of());
    }

    /** With {@code extra} added to the caller's environment (DOCKER_HOST of another engine). */
    InProcessCli(Path dir, Map<String, String> extra) {
        this.dir = dir;
        this.environment = new HashMap<>(System.getenv());
        environment.put("COMPOSE_PROGRESS", "plain"); // progress lines, not a live view
        environment.put("NO_COLOR", "1");
        environment.putAll(extra);
    }

    /** A caller in {@code dir} with {@code environment}, reading {@code stdin} and writing to the given streams. */
    static Invocation caller(Map<String, String> environment, Path dir, String stdin, OutputStream out, OutputStream err) {
        return new Invocation(environment, dir, false, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "tester");
    }

    static Ran run(InProcessCli cli, String stdin, String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = BerthCommand.run(caller(cli.environment, cli.dir, stdin, stdout, stderr), args);
        return new Ran(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code berth args...} with nothing on stdin. */
    Ran run(String... args) {
        return run(this, "", args);
    }

    /** Runs {@code berth args...} with {@code stdin} as its standard input. */
    Ran withInput(String stdin, String... args) {
        return run(this, stdin, args);
    }

    /**
     * Runs a command that lasts until interrupted ({@code events}) on a thread of its own, its stdout going to
     * {@code out}; the thread is returned started.
     */
    Thread follow(OutputStream out, String... args) {
        Invocation caller = caller(environment, dir, "", out, OutputStream.nullOutputStream());
        return Thread.ofPlatform().start(() -> BerthCommand.run(caller, args));
    }
}
