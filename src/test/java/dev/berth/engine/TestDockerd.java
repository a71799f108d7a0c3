package dev.berth.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The second dockerd of {@code scripts/test-dockerd.sh}, which the reliability tests own and may stop and restart:
 * the shared engine at /var/run/docker.sock is never touched. Reach it through {@link #environment()} (DOCKER_HOST
 * in the command's context, not in this process's environment).
 */
public final class TestDockerd {
    private static final Path SCRIPT = Path.of("scripts/test-dockerd.sh").toAbsolutePath();

    private TestDockerd() {}

    /**
     * Starts it unless it answers. Where no dockerd can run at all (not installed, not root) the test is skipped
     * loudly; on CI ({@code CI} set) that is a failure instead, since the suite must be counted there.
     */
    public static void start() {
        String why = cannotRun();
        if (why != null) {
            String message = "RELIABILITY SUITE NOT RUN: " + why;
            System.err.println(message);
            if (System.getenv("CI") != null) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        script("start");
    }

    /** SIGTERM and wait until it and its containerd are gone (dockerd stops the containers first). */
    public static void stop() {
        script("stop");
    }

    public static String host() {
        return script("host").strip();
    }

    public static Map<String, String> environment() {
        return Map.of("DOCKER_HOST", host());
    }

    private static String cannotRun() {
        if (!Files.isExecutable(SCRIPT)) {
            return SCRIPT + " is missing";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return "dockerd needs root and this is " + System.getProperty("user.name");
        }
        boolean installed = Files.isExecutable(Path.of("/usr/sbin/dockerd")) || Files.isExecutable(Path.of("/usr/bin/dockerd"));
        return installed ? null : "dockerd is not installed";
    }

    private static String script(String verb) {
        try {
            Process p = new ProcessBuilder(SCRIPT.toString(), verb).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(Duration.ofSeconds(90).toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("scripts/test-dockerd.sh " + verb + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + SCRIPT + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + SCRIPT);
        }
    }
}
