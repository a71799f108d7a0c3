package dev.berth.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code berth} commands in this JVM, as the daemon does (no JVM start per command), with the caller's
 * directory set to a test's own and stdout/stderr collected. One command at a time: System.out is shared.
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

    static synchronized Ran run(InProcessCli cli, String stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        java.io.InputStream in = System.in;
        System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        Invocation.set(new Invocation(cli.environment, cli.dir, false));
        try {
            int code = BerthCommand.run(args);
            return new Ran(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            Invocation.set(null);
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
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
     * {@code out}; the thread is returned started. Other commands must not run in this JVM meanwhile.
     */
    Thread follow(java.io.OutputStream out, String... args) {
        PrintStream before = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        Invocation.set(new Invocation(environment, dir, false));
        return Thread.ofPlatform().start(() -> {
            try {
                BerthCommand.run(args);
            } finally {
                Invocation.set(null);
                System.setOut(before);
            }
        });
    }
}
