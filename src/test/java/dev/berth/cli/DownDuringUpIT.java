package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.DockerFixture;
import dev.berth.engine.Figures;
import dev.berth.engine.Labels;
import dev.berth.engine.TestDockerd;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code down} while an {@code up} of the same project runs (a second terminal), on the tests' own dockerd. As with
 * the reference: down completes and wins; the up, waiting for a healthcheck, ends by itself with exit 1 and a
 * one-line error (its dependency went) and no stack trace; afterwards nothing the project owns is left on the engine.
 */
class DownDuringUpIT {
    private static final Duration LONG = EngineRestartIT.LONG;
    private DockerFixture docker;
    @TempDir
    Path dir;

    @BeforeEach
    void connect() {
        TestDockerd.start();
        docker = new DockerFixture(TestDockerd.environment());
    }

    @AfterAll
    static void stopEngine() {
        TestDockerd.stop();
    }

    @AfterEach
    void cleanup() {
        docker.close();
    }

    @Test
    void downInTheMiddleOfUpCompletesTheUpEndsAndNothingOfTheProjectIsLeft() throws Exception {
        DockerFixture.compose(dir, EngineRestartIT.CHAIN);
        String name = docker.project("rel-race");
        BerthProcess up = BerthProcess.start(dir, TestDockerd.environment(), "-p", name, "up", "-d");
        up.closeStdin();
        DockerFixture.eventually(() -> docker.containers(name).stream()
                .anyMatch(c -> c.serviceName().equals("a") && c.running()), LONG);

        // In this JVM (no JVM start): it acts while up waits for a to be healthy (a sleeps 2 s first).
        long started = System.nanoTime();
        InProcessCli.Ran down = new InProcessCli(dir, TestDockerd.environment()).run("-p", name, "down");
        long downEnded = System.nanoTime();
        assertThat(down.code()).as(down.err()).isZero();
        int upCode = up.exitCode(LONG);
        long upEnded = System.nanoTime();

        assertThat(docker.containers(name)).as("containers left").isEmpty();
        assertThat(docker.gateway.networks()).as("networks left")
                .noneMatch(n -> name.equals(n.labels().get(Labels.PROJECT)));
        assertThat(up.stderr() + up.stdout()).doesNotContain("Exception", "\tat ", "Caused by");
        String last = up.stderr().strip().lines().toList().getLast();
        assertThat(upCode).as(up.stderr()).isEqualTo(1);
        assertThat(last).as(up.stderr()).matches("service [bc]: dependency failed to start: .*");
        Figures.put("down during up", "up's end", "exit " + upCode + ": " + last);
        Figures.time("down during up", "down, in-process", started, downEnded);
        Figures.time("down during up", "down's start to up's end (seen from here)", started, upEnded);
    }
}
