package dev.berth.engine;

import dev.berth.engine.docker.DockerJavaGateway;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * Real-dockerd test support for engine tests and CLI process tests: unique project names, cleanup by label, and
 * waiting without sleeps.
 */
public final class DockerFixture implements AutoCloseable {
    public final DockerGateway gateway;
    final ComposeEngine engine;
    final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    final EventSink sink = events::add;
    private final List<String> projects = new CopyOnWriteArrayList<>();

    public DockerFixture() {
        this(Map.of());
    }

    /** On the engine that DOCKER_HOST in {@code environment} names (the default socket without it). */
    public DockerFixture(Map<String, String> environment) {
        gateway = DockerJavaGateway.connect(environment);
        engine = new DockerComposeEngine(gateway);
    }

    public String project(String prefix) {
        String name = "berthit-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        projects.add(name);
        return name;
    }

    public List<ContainerState> containers(String project) {
        return gateway.containers(List.of(Labels.PROJECT + "=" + project), true);
    }

    public static void eventually(BooleanSupplier check, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!check.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.onSpinWait();
            Thread.sleep(50); // back-off between checks of the engine, not a fixed wait for an outcome
        }
    }

    /** Writes compose.yaml into {@code dir}. */
    public static Path compose(Path dir, String yaml) throws IOException {
        return Files.writeString(dir.resolve("compose.yaml"), yaml);
    }

    @Override
    public void close() {
        for (String p : projects) {
            for (ContainerState c : containers(p)) {
                gateway.remove(c.id(), true, true);
            }
            gateway.networks().stream().filter(n -> p.equals(n.labels().get(Labels.PROJECT)))
                    .forEach(n -> gateway.removeNetwork(n.name()));
            gateway.volumes().stream().filter(v -> p.equals(v.labels().get(Labels.PROJECT)))
                    .forEach(v -> gateway.removeVolume(v.name()));
        }
        gateway.close();
    }
}
