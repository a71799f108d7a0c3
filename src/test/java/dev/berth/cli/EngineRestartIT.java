package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ContainerState;
import dev.berth.engine.DockerFixture;
import dev.berth.engine.EngineException;
import dev.berth.engine.Figures;
import dev.berth.engine.Labels;
import dev.berth.engine.Subscription;
import dev.berth.engine.TestDockerd;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Docker Engine restarted (SIGTERM, then started again) in the middle of {@code up} and of {@code down}, on a
 * dockerd of the test's own (scripts/test-dockerd.sh): one sentence naming what was left, no stack trace, and the
 * next command converges. The figures go to target/reliability-figures.txt.
 */
class EngineRestartIT {
    static final Duration LONG = Duration.ofSeconds(120);
    /** a → b → c, each waiting for the one before to be healthy: an up spends seconds in the middle. */
    static final String CHAIN = """
            services:
              a:
                image: berth/busybox:latest
                init: true
                command: ["sh", "-c", "sleep 2; touch /tmp/ready; sleep 3600"]
                healthcheck: {test: ["CMD", "test", "-f", "/tmp/ready"], interval: 1s, timeout: 2s, retries: 60}
              b:
                image: berth/busybox:latest
                init: true
                command: ["sh", "-c", "sleep 2; touch /tmp/ready; sleep 3600"]
                healthcheck: {test: ["CMD", "test", "-f", "/tmp/ready"], interval: 1s, timeout: 2s, retries: 60}
                depends_on: {a: {condition: service_healthy}}
              c:
                image: berth/busybox:latest
                init: true
                command: ["sleep", "3600"]
                depends_on: {b: {condition: service_healthy}}
            """;
    /** sleep as PID 1 ignores SIGTERM: each stop of down lasts the grace period. */
    private static final String SLOW_STOP = """
            services:
              a:
                image: berth/busybox:latest
                command: ["sleep", "3600"]
                stop_grace_period: 6s
              b:
                image: berth/busybox:latest
                command: ["sleep", "3600"]
                stop_grace_period: 6s
                depends_on: [a]
            """;

    private DockerFixture docker;
    private InProcessCli cli;
    private String host;
    @TempDir
    Path dir;

    @BeforeAll
    static void engine() {
        TestDockerd.start();
    }

    @AfterAll
    static void stopEngine() {
        TestDockerd.stop();
    }

    @BeforeEach
    void connect() {
        TestDockerd.start(); // a test that failed half-way may have left it stopped
        host = TestDockerd.host();
        docker = new DockerFixture(TestDockerd.environment());
        cli = new InProcessCli(dir, TestDockerd.environment());
    }

    @AfterEach
    void cleanup() {
        TestDockerd.start();
        docker.close();
    }

    @Test
    void anEngineRestartInTheMiddleOfUpIsOneSentenceNamingWhatWasLeftAndTheNextUpConverges() throws Exception {
        DockerFixture.compose(dir, CHAIN);
        String name = docker.project("rel-up");
        Background up = Background.run(() -> cli.run("-p", name, "up", "-d"));
        DockerFixture.eventually(() -> running(name, "a"), LONG);

        long killed = System.nanoTime();
        TestDockerd.stop();
        long stopped = System.nanoTime();
        InProcessCli.Ran first = up.await(LONG);
        // A subscription asked of a gone engine fails at once (docker-java alone waited for ever).
        EngineException refused = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Assertions
                .assertThrows(EngineException.class, () -> docker.gateway.events(Map.of(), e -> { })));
        assertThat(refused.reason()).isEqualTo(EngineException.Reason.UNREACHABLE);
        TestDockerd.start();
        long back = System.nanoTime();

        String error = first.err().strip().lines().toList().getLast();
        assertThat(first.code()).as(first.err()).isEqualTo(1);
        assertThat(error).as(first.err())
                .startsWith("Cannot connect to the Docker daemon at " + host + ": it went away in the middle of up, "
                        + "leaving network " + name + "_default, container " + name + "-a-1 (started), containers ")
                .contains(name + "-b-1", name + "-c-1", "(created, not started)")
                .endsWith("; run up again once it answers.");
        assertNoStackTrace(first);
        Figures.put("up interrupted", "error", error);
        Figures.time("up interrupted", "SIGTERM to berth's error", killed, up.endedAt());
        Figures.time("up interrupted", "SIGTERM to dockerd gone", killed, stopped);
        Figures.time("up interrupted", "dockerd start to answering", stopped, back);

        long again = System.nanoTime();
        InProcessCli.Ran second = cli.run("-p", name, "up", "-d");
        long converged = System.nanoTime();
        assertThat(second.code()).as(second.err()).isZero();
        List<ContainerState> after = docker.containers(name);
        assertThat(after).extracting(ContainerState::name)
                .containsExactlyInAnyOrder(name + "-a-1", name + "-b-1", name + "-c-1");
        assertThat(after).allMatch(ContainerState::running);
        assertThat(after).filteredOn(c -> !c.serviceName().equals("c")).extracting(c -> docker.gateway.inspect(c.id()).health())
                .containsOnly("healthy");
        assertThat(projectNetworks(name)).containsExactly(name + "_default");
        Figures.time("up interrupted", "next up to converged", again, converged);
    }

    @Test
    void anEngineRestartInTheMiddleOfDownIsOneSentenceNamingWhatWasLeftAndTheNextDownConverges() throws Exception {
        DockerFixture.compose(dir, SLOW_STOP);
        String name = docker.project("rel-down");
        InProcessCli.Ran up = cli.run("-p", name, "up", "-d");
        assertThat(up.code()).as(up.err()).isZero();
        CountDownLatch stopping = new CountDownLatch(1);
        Background down;
        try (Subscription kills = docker.gateway.events(Map.of("type", List.of("container"), "event", List.of("kill"),
                "label", List.of(Labels.PROJECT + "=" + name)), e -> stopping.countDown())) {
            down = Background.run(() -> cli.run("-p", name, "down"));
            assertThat(stopping.await(LONG.toSeconds(), TimeUnit.SECONDS)).as("down sent no SIGTERM").isTrue();
        }
        long killed = System.nanoTime();
        TestDockerd.stop();
        long stopped = System.nanoTime();
        InProcessCli.Ran first = down.await(LONG);
        TestDockerd.start();

        String error = first.err().strip().lines().toList().getLast();
        assertThat(first.code()).as(first.err()).isEqualTo(1);
        assertThat(error).as(first.err())
                .startsWith("Cannot connect to the Docker daemon at " + host + ": it went away in the middle of down, "
                        + "leaving containers ")
                .contains(name + "-a-1", name + "-b-1", "network " + name + "_default")
                .endsWith("; run down again once it answers.");
        assertNoStackTrace(first);
        assertThat(docker.containers(name)).hasSize(2);
        Figures.put("down interrupted", "error", error);
        Figures.time("down interrupted", "SIGTERM to berth's error", killed, down.endedAt());
        Figures.time("down interrupted", "SIGTERM to dockerd gone", killed, stopped);

        long again = System.nanoTime();
        InProcessCli.Ran second = cli.run("-p", name, "down");
        long converged = System.nanoTime();
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(docker.containers(name)).isEmpty();
        assertThat(projectNetworks(name)).isEmpty();
        Figures.time("down interrupted", "next down to converged", again, converged);
    }

    private boolean running(String project, String service) {
        return docker.containers(project).stream().anyMatch(c -> c.serviceName().equals(service) && c.running());
    }

    private List<String> projectNetworks(String project) {
        return docker.gateway.networks().stream().filter(n -> project.equals(n.labels().get(Labels.PROJECT)))
                .map(n -> n.name()).toList();
    }

    static void assertNoStackTrace(InProcessCli.Ran ran) {
        assertThat(ran.err()).doesNotContain("Exception", "\tat ", "Caused by");
        assertThat(ran.out()).doesNotContain("Exception", "\tat ", "Caused by");
    }

    /** A command run on a thread of its own, and when it ended. */
    static final class Background {
        private final AtomicReference<InProcessCli.Ran> result = new AtomicReference<>();
        private volatile long endedAt;
        private Thread thread;

        static Background run(java.util.function.Supplier<InProcessCli.Ran> command) {
            Background b = new Background();
            b.thread = Thread.ofPlatform().name("berth-command").start(() -> {
                b.result.set(command.get());
                b.endedAt = System.nanoTime();
            });
            return b;
        }

        InProcessCli.Ran await(Duration timeout) throws InterruptedException {
            thread.join(timeout.toMillis());
            assertThat(thread.isAlive()).as("the command still runs after " + timeout).isFalse();
            return result.get();
        }

        long endedAt() {
            return endedAt;
        }
    }
}
