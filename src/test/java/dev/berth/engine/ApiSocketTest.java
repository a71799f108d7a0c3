package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** use_api_socket rewrites the project as the reference's client does, once. */
class ApiSocketTest {
    private static final String JSON = """
            {"name": "sock", "services": {
              "tool": {"image": "berth/busybox:latest", "use_api_socket": true, "environment": {"A": "1"}},
              "own": {"image": "berth/busybox:latest", "use_api_socket": true, "environment": {"DOCKER_CONFIG": "/cfg"}},
              "plain": {"image": "berth/busybox:latest"}}}
            """;

    private final Project project = Projects.fromJson(JSON, Path.of("/tmp"));

    @Test
    void socketCredentialsAndVariableAreAddedToTheServicesThatAsk() {
        Project rewritten = ApiSocket.apply(project, () -> "{\"auths\": {}}");
        var tool = rewritten.service("tool");
        assertThat(tool.environment()).containsEntry("DOCKER_CONFIG", "/run/secrets/docker").containsEntry("A", "1");
        assertThat(tool.volumes()).anySatisfy(m -> {
            assertThat(m.source()).isEqualTo("/var/run/docker.sock");
            assertThat(m.target()).isEqualTo("/var/run/docker.sock");
        });
        assertThat(tool.configs()).anySatisfy(c -> assertThat(c.target()).isEqualTo("/run/secrets/docker/config.json"));
        assertThat(rewritten.configs().get(ApiSocket.CONFIG).content()).isEqualTo("{\"auths\": {}}");
        assertThat(rewritten.service("own").environment()).containsEntry("DOCKER_CONFIG", "/cfg");
        assertThat(rewritten.service("plain").volumes()).isEmpty();
        assertThat(ServiceHash.of(tool)).isNotEqualTo(ServiceHash.of(project.service("tool")));
    }

    @Test
    void appliedTwiceIsAppliedOnce() {
        Project once = ApiSocket.apply(project, () -> "{}");
        Project twice = ApiSocket.apply(once, () -> "{}");
        assertThat(twice.service("tool").volumes()).hasSameSizeAs(once.service("tool").volumes());
    }

    @Test
    void aProjectThatDoesNotAskIsLeftAsItIs() {
        Project plain = Projects.fromJson("{\"name\": \"p\", \"services\": {\"a\": {\"image\": \"x\"}}}", Path.of("/tmp"));
        assertThat(ApiSocket.apply(plain, () -> "{}")).isSameAs(plain);
    }
}
