package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ContainerState;
import dev.berth.engine.DockerFixture;
import dev.berth.engine.Labels;
import dev.berth.engine.Subscription;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A berth process killed (SIGKILL) in the middle of {@code up -d}: the next up converges, the one after is a no-op. */
class CrashRecoveryIT {
    private static final Duration LONG = Duration.ofSeconds(120);
    private final DockerFixture docker = new DockerFixture();

    /** a → b → c, each waiting for the one before to be healthy: an up spends seconds in the middle. */
    private static final String CHAIN = """
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

    @AfterEach
    void cleanup() {
        docker.close();
    }

    /** {@code killWhen}: "created" as soon as any container exists, else once that service's container runs. */
    @ParameterizedTest(name = "killed when {0}")
    @ValueSource(strings = {"created", "a", "b"})
    void upAfterAKilledUpConvergesAndTheNextChangesNothing(String killWhen, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        DockerFixture.compose(dir, CHAIN);
        String name = docker.project("crash");
        try (BerthProcess first = BerthProcess.start(dir, "-p", name, "up", "-d")) {
            DockerFixture.eventually(() -> docker.containers(name).stream().anyMatch(c -> killWhen.equals("created")
                    || (c.name().equals(name + "-" + killWhen + "-1") && c.running())), LONG);
            first.signal("KILL");
            first.exitCode(LONG);
        }
        assertThat(docker.containers(name)).as("killed before c started")
                .noneMatch(c -> c.name().equals(name + "-c-1") && c.running());

        // the next ups run in this JVM, as the daemon runs them: what is tested is what the killed one left
        InProcessCli berth = new InProcessCli(dir);
        InProcessCli.Ran second = berth.run("-p", name, "up", "-d");
        assertThat(second.code()).as(second.err()).isZero();
        List<ContainerState> after = docker.containers(name);
        assertThat(after).extracting(ContainerState::name)
                .containsExactlyInAnyOrder(name + "-a-1", name + "-b-1", name + "-c-1");
        assertThat(after).allMatch(ContainerState::running);
        assertThat(docker.gateway.networks()).filteredOn(n -> name.equals(n.labels().get(Labels.PROJECT))).hasSize(1);

        List<String> actions = new CopyOnWriteArrayList<>();
        try (Subscription events = docker.gateway.events(Map.of("type", List.of("container"),
                "label", List.of(Labels.PROJECT + "=" + name)), e -> actions.add(e.action()))) {
            InProcessCli.Ran third = berth.run("-p", name, "up", "-d");
            assertThat(third.code()).as(third.err()).isZero();
        }
        assertThat(actions).filteredOn(a -> !a.startsWith("health_status")).isEmpty();
        assertThat(docker.containers(name)).extracting(ContainerState::id)
                .containsExactlyInAnyOrderElementsOf(after.stream().map(ContainerState::id).toList());
    }
}
