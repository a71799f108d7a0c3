package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.DockerFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The {@code berth} CLI as a real child process (a fresh JVM on the test classpath), for what only a process
 * shows: signals, exit codes, streamed output, stdin. Its stdout and stderr are collected line by line as they come.
 */
final class BerthProcess implements AutoCloseable {
    private final Process process;
    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();
    private final List<Thread> readers = new ArrayList<>();

    private BerthProcess(Process process) {
        this.process = process;
        collect(process.getInputStream(), out);
        collect(process.getErrorStream(), err);
    }

    /** Starts {@code berth args...} in {@code dir}; stdin stays open until {@link #closeStdin}. */
    static BerthProcess start(Path dir, String... args) {
        return start(dir, berth(args));
    }

    /** The same with {@code environment} added to its own (DOCKER_HOST of another engine). */
    static BerthProcess start(Path dir, Map<String, String> environment, String... args) {
        return start(dir, Map.copyOf(environment), berth(args));
    }

    /** Starts berth on a pseudo-terminal of its own (util-linux {@code script}), as a person at a terminal runs it. */
    static BerthProcess inTerminal(Path dir, String... args) {
        return inTerminal(dir, 24, 80, args);
    }

    /** The same on a terminal window of the given size. */
    static BerthProcess inTerminal(Path dir, int rows, int columns, String... args) {
        String line = String.join(" ", berth(args).stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        return start(dir, List.of("script", "-qec", "stty rows " + rows + " cols " + columns + "; " + line, "/dev/null"));
    }

    /**
     * Changes the window size of the pseudo-terminal of {@link #inTerminal} from outside, as a terminal emulator
     * does when its window is resized: the kernel then sends SIGWINCH to the processes in the foreground.
     */
    void resizeTerminal(int rows, int columns) throws IOException, InterruptedException {
        String pty = process.descendants().map(p -> ttyOf(p.pid())).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new AssertionError("berth runs on no pseudo-terminal"));
        Process stty = new ProcessBuilder("stty", "-F", pty, "rows", Integer.toString(rows), "cols",
                Integer.toString(columns)).redirectErrorStream(true).start();
        String said = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (stty.waitFor() != 0) {
            throw new AssertionError("stty -F " + pty + " failed: " + said);
        }
    }

    private static String ttyOf(long pid) {
        try {
            String stdin = java.nio.file.Files.readSymbolicLink(Path.of("/proc/" + pid + "/fd/0")).toString();
            return stdin.startsWith("/dev/pts/") ? stdin : null;
        } catch (IOException e) {
            return null; // gone, or not ours to read
        }
    }

    /**
     * A suite started from a script's background job ({@code mvn verify &}) inherits SIGINT and SIGQUIT ignored, and
     * a JVM keeps an ignored SIGINT ignored: the Ctrl-C tests would wait for ever. {@code env} gives them back their
     * default action, then becomes berth (same pid).
     */
    private static List<String> berth(String... args) {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT,QUIT", java(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "dev.berth.Main"));
        command.addAll(List.of(args));
        return command;
    }

    private static BerthProcess start(Path dir, List<String> command) {
        return start(dir, Map.of(), command);
    }

    private static BerthProcess start(Path dir, Map<String, String> environment, List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
            builder.environment().putAll(environment);
            // This process is the one under test (its signals, its crash): no resident daemon runs the command.
            builder.environment().put("BERTH_DAEMON", "0");
            return new BerthProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A project of one service {@code svc} (busybox, sleeping, init) brought up by {@code berth up -d} in
     * {@code dir}, for tests that exec or run in it; returns the project's name ({@code docker} removes it).
     */
    static String upOneSleepingService(DockerFixture docker, Path dir, String prefix) throws Exception {
        DockerFixture.compose(dir, """
                services:
                  svc:
                    image: berth/busybox:latest
                    init: true
                    command: ["sleep", "3600"]
                """);
        String name = docker.project(prefix);
        Duration timeout = Duration.ofSeconds(90);
        BerthProcess up = run(dir, timeout, "-p", name, "up", "-d");
        assertThat(up.exitCode(timeout)).as(up.stderr()).isZero();
        return name;
    }

    /** Runs {@code berth args...} to its end and returns the finished process. */
    static BerthProcess run(Path dir, Duration timeout, String... args) throws InterruptedException {
        BerthProcess p = start(dir, args);
        p.closeStdin();
        p.exitCode(timeout);
        return p;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private void collect(InputStream stream, List<String> lines) {
        readers.add(Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (this) {
                        lines.add(line);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process went away
            }
        }));
    }

    long pid() {
        return process.pid();
    }

    OutputStream stdin() {
        return process.getOutputStream();
    }

    void closeStdin() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a signal by name (INT, TERM, KILL) as a terminal or a supervisor would. */
    void signal(String name) throws InterruptedException {
        try {
            int rc = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor();
            if (rc != 0) {
                throw new AssertionError("kill -" + name + " failed: " + rc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a stdout line matching {@code test}; fails with both streams when none comes in time. */
    String awaitOut(Predicate<String> test, Duration timeout) throws InterruptedException {
        return await(out, test, timeout);
    }

    String awaitErr(Predicate<String> test, Duration timeout) throws InterruptedException {
        return await(err, test, timeout);
    }

    private synchronized String await(List<String> lines, Predicate<String> test, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (String line : lines) {
                if (test.test(line)) {
                    return line;
                }
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching line within " + timeout + "\nstdout:\n" + String.join("\n", out)
                        + "\nstderr:\n" + String.join("\n", err));
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Waits for the process to end; fails (and kills it) when it does not within the timeout. */
    int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("berth did not end within " + timeout + "\nstdout:\n" + stdout() + "\nstderr:\n" + stderr());
        }
        for (Thread reader : readers) {
            reader.join(5000); // the last lines may still be in the pipe
        }
        return process.exitValue();
    }

    /** Everything printed so far; call after the process ended to have all of it. */
    synchronized String stdout() {
        return String.join("\n", out);
    }

    synchronized String stderr() {
        return String.join("\n", err);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
