package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.engine.DockerFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code up -d} leaves running, Berth against the reference on the same file, one project after the other (so
 * fixed host ports do not clash): per service the state, exit code, restart policy, health after start and the
 * published ports as {@code docker inspect} shows them.
 */
class StartFidelityIT {
    private static final Duration LONG = Duration.ofSeconds(90);
    private static final String COMPOSE = """
            services:
              web:
                image: berth/busybox:latest
                init: true
                command: ["httpd", "-f", "-p", "8080"]
                restart: unless-stopped
                ports: ["18931:8080", "8081", "127.0.0.1::8082/udp"]
                healthcheck: {test: ["CMD", "true"], interval: 1s, retries: 3}
              sick:
                image: berth/busybox:latest
                init: true
                command: ["sleep", "3600"]
                deploy: {restart_policy: {condition: on-failure, max_attempts: 2}}
                healthcheck: {test: ["CMD-SHELL", "exit 1"], interval: 1s, timeout: 1s, retries: 2}
              slow:
                image: berth/busybox:latest
                init: true
                command: ["sleep", "3600"]
                healthcheck: {test: ["CMD", "true"], interval: 1h, start_period: 1h}
              once:
                image: berth/busybox:latest
                command: ["sh", "-c", "exit 3"]
                restart: "no"
              after:
                image: berth/busybox:latest
                init: true
                command: ["sleep", "3600"]
                depends_on: {web: {condition: service_healthy}}
                ports: ["8083/tcp"]
            """;

    private final DockerFixture docker = new DockerFixture();
    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path dir;

    @AfterEach
    void cleanup() {
        docker.close();
    }

    @Test
    void berthStartsWhatTheReferenceStarts() throws Exception {
        assumeTrue(exec("docker", "compose", "version").code() == 0, "docker compose is not installed");
        DockerFixture.compose(dir, COMPOSE);

        String ref = docker.project("start-ref");
        assertThat(exec("docker", "compose", "-p", ref, "-f", dir.resolve("compose.yaml").toString(), "up", "-d")
                .code()).isZero();
        Map<String, Map<String, Object>> reference = settled(ref);
        assertThat(exec("docker", "compose", "-p", ref, "-f", dir.resolve("compose.yaml").toString(), "down", "-t", "1")
                .code()).isZero();

        String ours = docker.project("start-berth");
        InProcessCli.Ran up = new InProcessCli(dir).run("-p", ours, "up", "-d");
        assertThat(up.code()).as(up.err()).isZero();
        Map<String, Map<String, Object>> berth = settled(ours);

        assertThat(reference.keySet()).containsExactly("after", "once", "sick", "slow", "web");
        assertThat(reference.get("sick")).containsEntry("health", "unhealthy");
        assertThat(berth).isEqualTo(reference);
    }

    /** Each service's facts once the health checks that can finish have: sick unhealthy, once exited. */
    private Map<String, Map<String, Object>> settled(String project) throws Exception {
        DockerFixture.eventually(() -> {
            Map<String, Map<String, Object>> now = facts(project);
            return now.size() == 5 && "unhealthy".equals(now.get("sick").get("health"))
                    && "exited".equals(now.get("once").get("status"));
        }, LONG);
        return facts(project);
    }

    private Map<String, Map<String, Object>> facts(String project) {
        try {
            String ids = exec("docker", "ps", "-aq", "--filter", "label=com.docker.compose.project=" + project).out();
            Map<String, Map<String, Object>> out = new TreeMap<>();
            if (ids.isBlank()) {
                return out;
            }
            List<String> args = new java.util.ArrayList<>(List.of("docker", "inspect"));
            args.addAll(ids.lines().toList());
            for (JsonNode c : json.readTree(exec(args.toArray(String[]::new)).out())) {
                out.put(c.at("/Config/Labels/com.docker.compose.service").asText(), facts(c));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> facts(JsonNode c) {
        Map<String, Object> f = new TreeMap<>();
        f.put("status", c.at("/State/Status").asText());
        f.put("exit", c.at("/State/ExitCode").asInt());
        f.put("health", c.at("/State/Health/Status").asText("none"));
        f.put("restart", c.at("/HostConfig/RestartPolicy/Name").asText() + ":"
                + c.at("/HostConfig/RestartPolicy/MaximumRetryCount").asInt());
        Map<String, String> ports = new TreeMap<>();
        c.at("/NetworkSettings/Ports").fields().forEachRemaining(p -> {
            StringBuilder b = new StringBuilder();
            p.getValue().forEach(binding -> {
                String host = binding.at("/HostPort").asText();
                // a port the engine picked differs between runs: only that there is one is compared
                b.append(binding.at("/HostIp").asText()).append(':')
                        .append(host.equals("18931") ? host : host.isEmpty() ? "" : "picked").append(' ');
            });
            ports.put(p.getKey(), b.toString().strip());
        });
        f.put("ports", ports);
        return f;
    }

    private record Result(int code, String out) {}

    private static Result exec(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
            return new Result(p.waitFor(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
