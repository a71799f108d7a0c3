package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ContainerState;
import dev.berth.engine.DockerFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attached {@code up} as a person runs it: a real berth process, its streamed output, Ctrl-C, exit codes. */
class AttachedUpIT {
    private static final Duration LONG = Duration.ofSeconds(90);
    private final DockerFixture docker = new DockerFixture();
    @TempDir Path dir;

    private static final String TICKERS = """
            services:
              one:
                image: berth/busybox:latest
                init: true
                command: ["sh", "-c", "i=0; while true; do echo one-$$i; i=$$((i+1)); sleep 0.2; done"]
              two:
                image: berth/busybox:latest
                init: true
                command: ["sh", "-c", "i=0; while true; do echo two-$$i; i=$$((i+1)); sleep 0.2; done"]
            """;

    private static final String LONG_AND_SHORT = """
            services:
              long:
                image: berth/busybox:latest
                init: true
                command: ["sh", "-c", "echo long-up; sleep 3600"]
              short:
                image: berth/busybox:latest
                init: true
                command: ["sh", "-c", "echo short-up; sleep 1; echo short-bye; exit 3"]
            """;

    @AfterEach
    void cleanup() {
        docker.close();
    }

    @Test
    void ctrlCStopsTheStreamingProjectAndKeepsItsContainers() throws Exception {
        DockerFixture.compose(dir, TICKERS);
        String name = docker.project("ctrlc");
        try (BerthProcess berth = BerthProcess.start(dir, "-p", name, "up")) {
            berth.awaitOut(l -> l.matches("one-1 +\\| one-3"), LONG);
            berth.awaitOut(l -> l.matches("two-1 +\\| two-3"), LONG);
            berth.signal("INT");

            assertThat(berth.exitCode(LONG)).isEqualTo(130);
            assertThat(berth.stdout()).startsWith("Attaching to one-1, two-1");
            assertThat(berth.stderr()).contains("Gracefully Stopping... press Ctrl+C again to force")
                    .doesNotContain("berth:");
        }
        assertThat(docker.containers(name)).extracting(ContainerState::name)
                .containsExactlyInAnyOrder(name + "-one-1", name + "-two-1");
        assertThat(docker.containers(name)).noneMatch(ContainerState::running)
                .allMatch(c -> c.exitCode() != null && c.exitCode() == 143); // SIGTERM, not a kill
    }

    @Test
    void secondCtrlCKillsWhatTheGracefulStopIsWaitingFor() throws Exception {
        DockerFixture.compose(dir, """
                services:
                  stubborn:
                    image: berth/busybox:latest
                    command: ["sh", "-c", "echo up; sleep 3600"]
                    stop_grace_period: 2m
                """);
        String name = docker.project("force");
        try (BerthProcess berth = BerthProcess.start(dir, "-p", name, "up")) {
            berth.awaitOut(l -> l.matches("stubborn-1 +\\| up"), LONG);
            berth.signal("INT");
            berth.awaitErr(l -> l.startsWith("Gracefully Stopping"), LONG);
            berth.signal("INT"); // sh as PID 1 ignores SIGTERM: only a kill ends it before the 2m grace period

            assertThat(berth.exitCode(Duration.ofSeconds(60))).isEqualTo(130);
        }
        assertThat(docker.containers(name)).singleElement()
                .matches(c -> !c.running() && c.exitCode() != null && c.exitCode() == 137);
    }

    @Test
    void ctrlCWhileUpWaitsForAHealthyDependencyStartsNothingMore() throws Exception {
        DockerFixture.compose(dir, """
                services:
                  slow:
                    image: berth/busybox:latest
                    init: true
                    command: ["sh", "-c", "sleep 30; touch /tmp/ready; sleep 3600"]
                    healthcheck: {test: ["CMD", "test", "-f", "/tmp/ready"], interval: 1s, retries: 100}
                  after:
                    image: berth/busybox:latest
                    init: true
                    command: ["sleep", "3600"]
                    depends_on: {slow: {condition: service_healthy}}
                """);
        String name = docker.project("midup");
        try (BerthProcess berth = BerthProcess.start(dir, "-p", name, "up")) {
            DockerFixture.eventually(() -> docker.containers(name).stream()
                    .anyMatch(c -> c.name().equals(name + "-slow-1") && c.running()), LONG);
            berth.signal("INT");

            assertThat(berth.exitCode(LONG)).isEqualTo(130);
            assertThat(berth.stderr()).contains("Gracefully Stopping...");
        }
        assertThat(docker.containers(name)).noneMatch(ContainerState::running);
    }

    @Test
    void abortOnContainerExitStopsTheRestAndReturnsTheFirstExitCode() throws Exception {
        DockerFixture.compose(dir, LONG_AND_SHORT);
        String name = docker.project("abort");
        try (BerthProcess berth = BerthProcess.start(dir, "-p", name, "up", "--abort-on-container-exit")) {
            assertThat(berth.exitCode(LONG)).isEqualTo(3);
            assertThat(berth.stdout()).contains("short-1  | short-bye", "short-1 exited with code 3",
                    "long-1 exited with code 143");
            assertThat(berth.stdout().indexOf("short-bye")).isLessThan(berth.stdout().indexOf("short-1 exited"));
            assertThat(berth.stderr()).contains("Aborting on container exit...");
        }
        assertThat(docker.containers(name)).hasSize(2).noneMatch(ContainerState::running);
    }

    @Test
    void exitCodeFromReturnsThatServicesCodeEvenWhenAnotherStoppedFirst() throws Exception {
        DockerFixture.compose(dir, LONG_AND_SHORT);
        String name = docker.project("exitfrom");
        try (BerthProcess berth = BerthProcess.start(dir, "-p", name, "up", "--exit-code-from", "long")) {
            assertThat(berth.exitCode(LONG)).isEqualTo(143);
        }
        assertThat(docker.containers(name)).hasSize(2).noneMatch(ContainerState::running);
    }

    @Test
    void secondUpAttachesOnlyToTheNewRunsOutput() throws Exception {
        DockerFixture.compose(dir, LONG_AND_SHORT);
        String name = docker.project("again");
        try (BerthProcess first = BerthProcess.start(dir, "-p", name, "up", "--exit-code-from", "short")) {
            assertThat(first.exitCode(LONG)).isEqualTo(3);
        }
        try (BerthProcess second = BerthProcess.start(dir, "-p", name, "up", "--exit-code-from", "short")) {
            assertThat(second.exitCode(LONG)).isEqualTo(3);
            // the stopped containers of the first run neither count as exits nor replay their output
            assertThat(second.stdout().split("short-1 exited with code", -1)).hasSize(2);
            assertThat(second.stdout().split("short-bye", -1)).hasSize(2);
        }
    }

    @Test
    void upEndsWithZeroWhenEveryContainerHasExited() throws Exception {
        DockerFixture.compose(dir, """
                services:
                  a: {image: "berth/busybox:latest", command: ["sh", "-c", "echo a-done"]}
                  b: {image: "berth/busybox:latest", command: ["sh", "-c", "echo b-done; exit 2"]}
                """);
        String name = docker.project("allexit");
        try (BerthProcess berth = BerthProcess.start(dir, "-p", name, "up")) {
            assertThat(berth.exitCode(LONG)).isEqualTo(0);
            assertThat(berth.stdout()).contains("a-1  | a-done", "b-1  | b-done", "a-1 exited with code 0",
                    "b-1 exited with code 2");
        }
    }
}
