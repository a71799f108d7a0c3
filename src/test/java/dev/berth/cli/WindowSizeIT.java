package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.DockerFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exec} and {@code run} on a terminal: the container's terminal has the caller's window size and follows
 * it when the window is resized while the command runs, as with {@code docker compose exec}.
 */
class WindowSizeIT {
    private static final Duration LONG = Duration.ofSeconds(90);
    /**
     * Waits until its terminal has a size (the first resize comes just after the start), prints it, then waits
     * (up to a minute) until the size changes and prints the new one.
     */
    private static final String SCRIPT = """
            n=0; until s=$(stty size 2>/dev/null); [ -n "$s" ] && [ "$s" != "0 0" ] || [ $n -gt 600 ]; do sleep 0.1; n=$((n+1)); done
            echo "first $s"
            n=0; while [ "$(stty size)" = "$s" ] && [ $n -lt 600 ]; do sleep 0.1; n=$((n+1)); done
            echo "then $(stty size)"
            """;
    private static final DockerFixture docker = new DockerFixture();
    @TempDir static Path dir;
    private static String name;

    @BeforeAll
    static void up() throws Exception {
        name = BerthProcess.upOneSleepingService(docker, dir, "winsize");
    }

    @AfterAll
    static void cleanup() {
        docker.close();
    }

    @Test
    void execFollowsTheWindowWhenItIsResized() throws Exception {
        assertFollows("exec", "svc", "sh", "-c", SCRIPT);
    }

    @Test
    void runStartsAtTheWindowsSizeAndFollowsIt() throws Exception {
        assertFollows("run", "--rm", "svc", "sh", "-c", SCRIPT);
    }

    private static void assertFollows(String... command) throws Exception {
        String[] args = new String[command.length + 2];
        args[0] = "-p";
        args[1] = name;
        System.arraycopy(command, 0, args, 2, command.length);
        try (BerthProcess berth = BerthProcess.inTerminal(dir, 33, 77, args)) {
            assertThat(berth.awaitOut(l -> l.contains("first"), LONG)).contains("first 33 77");
            berth.resizeTerminal(40, 100);
            assertThat(berth.awaitOut(l -> l.contains("then"), LONG)).contains("then 40 100");
            assertThat(berth.exitCode(LONG)).as(berth.stdout()).isZero();
        }
    }
}
