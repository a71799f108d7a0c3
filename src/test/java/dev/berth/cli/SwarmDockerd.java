package dev.berth.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The two-node swarm of {@code scripts/swarm-dockerd.sh}, which the Swarm tests own (never the shared engine, where
 * `swarm init` would change every Compose test's engine). Starting it fails the test with the script's cause when
 * it cannot run: a Swarm test is never skipped silently.
 */
final class SwarmDockerd {
    private static final Path SCRIPT = Path.of("scripts/swarm-dockerd.sh").toAbsolutePath();

    private SwarmDockerd() {}

    static void start() {
        script("start", "2");
    }

    static String host() {
        return script("host").strip();
    }

    static Map<String, String> environment() {
        return Map.of("DOCKER_HOST", host());
    }

    /** Runs the docker CLI against the swarm's manager; returns stdout+stderr, failing on a non-zero exit. */
    static String docker(String... args) {
        return run(true, args);
    }

    /** As {@link #docker}, without failing: the output, whatever the exit code. */
    static String dockerAnyway(String... args) {
        return run(false, args);
    }

    private static String run(boolean check, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("docker", "-H", host()));
        command.addAll(List.of(args));
        return exec(command, check);
    }

    static String script(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        return exec(command, true);
    }

    static String exec(List<String> command, boolean check) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end within 180 s:\n" + out);
            }
            if (check && p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + command);
        }
    }
}
