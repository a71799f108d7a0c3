package dev.berth.cli;

import dev.berth.engine.ContainerState;
import dev.berth.engine.DockerGateway;
import dev.berth.engine.Labels;
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

/** Real-dockerd support for CLI process tests: unique project names, what the engine holds, cleanup by label. */
final class DockerProjects implements AutoCloseable {
    final DockerGateway gateway = DockerJavaGateway.connect(Map.of());
    private final List<String> projects = new CopyOnWriteArrayList<>();

    String name(String prefix) {
        String name = "berthit-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        projects.add(name);
        return name;
    }

    /** Writes compose.yaml into {@code dir}. */
    static Path compose(Path dir, String yaml) throws IOException {
        return Files.writeString(dir.resolve("compose.yaml"), yaml);
    }

    List<ContainerState> containers(String project) {
        return gateway.containers(List.of(Labels.PROJECT + "=" + project), true);
    }

    static void eventually(BooleanSupplier check, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!check.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(50); // back-off between checks of the engine, not a fixed wait for an outcome
        }
    }

    @Override
    public void close() {
        for (String p : projects) {
            for (ContainerState c : containers(p)) {
                gateway.remove(c.id(), true, true);
            }
            gateway.networks().stream().filter(n -> p.equals(n.labels().get(Labels.PROJECT)))
                    .forEach(n -> gateway.removeNetwork(n.name()));
        }
        gateway.close();
    }
}
