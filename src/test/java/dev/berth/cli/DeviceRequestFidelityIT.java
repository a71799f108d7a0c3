package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.engine.DockerFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GPU and device reservations, which fidelity.py drops from its cases (no GPU here): {@code create} needs no
 * device, so what each tool stores in {@code HostConfig.DeviceRequests} is compared directly.
 */
class DeviceRequestFidelityIT {
    private static final String COMPOSE = """
            services:
              some:
                image: berth/busybox:latest
                gpus:
                  - {driver: nvidia, count: 2, capabilities: [compute], options: {x: "y"}}
                  - {capabilities: [gpu], device_ids: ["1"]}
                deploy:
                  resources:
                    reservations:
                      devices:
                        - {driver: nvidia, device_ids: ["0", "3"], capabilities: [gpu, utility], options: {v: "1"}}
                        - {capabilities: [tpu]}
              every:
                image: berth/busybox:latest
                gpus: all
              none:
                image: berth/busybox:latest
            """;

    private final DockerFixture docker = new DockerFixture();
    @TempDir
    Path dir;

    @AfterEach
    void cleanup() {
        docker.close();
    }

    @Test
    void berthStoresTheDeviceRequestsTheReferenceStores() throws Exception {
        assumeTrue(exec("docker", "compose", "version").isPresent(), "docker compose is not installed");
        DockerFixture.compose(dir, COMPOSE);
        String ref = docker.project("gpu-ref");
        String file = dir.resolve("compose.yaml").toString();
        assertThat(exec("docker", "compose", "-p", ref, "-f", file, "create")).isPresent();
        Map<String, String> reference = requests(ref);
        exec("docker", "compose", "-p", ref, "-f", file, "down");

        String ours = docker.project("gpu-berth");
        InProcessCli.Ran created = new InProcessCli(dir).run("-p", ours, "create");
        assertThat(created.code()).as(created.err()).isZero();

        assertThat(reference.get("some")).contains("\"Capabilities\":[[\"compute\",\"gpu\"]]");
        assertThat(reference.get("none")).isEqualTo("null");
        assertThat(requests(ours)).isEqualTo(reference);
    }

    private Map<String, String> requests(String project) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String service : new String[] {"some", "every", "none"}) {
            out.put(service, exec("docker", "inspect", "--format", "{{json .HostConfig.DeviceRequests}}",
                    project + "-" + service + "-1").orElse("missing").strip());
        }
        return out;
    }

    /** The command's output, or empty when it failed. */
    private static java.util.Optional<String> exec(String... command) throws IOException {
        Process p = new ProcessBuilder(command).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor() == 0 ? java.util.Optional.of(out) : java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
