package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.compose.model.Project;
import dev.berth.engine.docker.DockerJavaGateway;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureIT {
    private final DockerFixture docker = new DockerFixture();
    @TempDir Path dir;

    @AfterEach
    void cleanup() {
        docker.close();
    }

    @Test
    void unhealthyDependencyFailsItsDependantNamingItAndItsHealthcheckOutput() {
        String name = docker.project("unhealthy");
        Project project = Projects.fromJson("""
                {"name": "NAME", "services": {
                  "db": {"image": "berth/busybox:latest", "init": true, "command": ["sleep", "3600"],
                         "healthcheck": {"test": ["CMD-SHELL", "echo db-not-ready; exit 1"], "interval": "200ms",
                                         "retries": 2}},
                  "web": {"image": "berth/busybox:latest", "init": true, "command": ["sleep", "3600"],
                          "depends_on": {"db": {"condition": "service_healthy", "required": true}}}}}
                """, name, dir);

        assertThatThrownBy(() -> docker.engine.up(project, UpOptions.defaults(), docker.sink))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("service web: dependency failed to start: container " + name + "-db-1 is unhealthy")
                .hasMessageContaining("db-not-ready");
        assertThat(docker.gateway.inspect(name + "-web-1").state()).isEqualTo("created");
    }

    @Test
    void dependencyThatExitsFailsDependantWithItsExitCode() {
        String name = docker.project("exits");
        Project project = Projects.fromJson("""
                {"name": "NAME", "services": {
                  "migrate": {"image": "berth/busybox:latest", "command": ["sh", "-c", "exit 3"]},
                  "app": {"image": "berth/busybox:latest", "init": true, "command": ["sleep", "3600"],
                          "depends_on": {"migrate": {"condition": "service_completed_successfully", "required": true}}}}}
                """, name, dir);

        assertThatThrownBy(() -> docker.engine.up(project, UpOptions.defaults(), docker.sink))
                .hasMessageContaining("service app: dependency failed to start: service migrate didn't complete "
                        + "successfully: container " + name + "-migrate-1 exited (3)");
    }

    @Test
    void portAlreadyTakenIsReportedForThatService() throws Exception {
        String name = docker.project("port");
        try (ServerSocket taken = new ServerSocket(0)) {
            Project project = Projects.fromJson("""
                    {"name": "NAME", "services": {
                      "web": {"image": "berth/busybox:latest", "init": true, "command": ["sleep", "3600"],
                              "ports": [{"target": 80, "published": "PORT", "protocol": "tcp"}]}}}
                    """.replace("PORT", String.valueOf(taken.getLocalPort())), name, dir);

            assertThatThrownBy(() -> docker.engine.up(project, UpOptions.defaults(), docker.sink))
                    .isInstanceOf(EngineException.class)
                    // the engine's own words (its host may not be this one): no probe of a local port
                    .hasMessageContaining("service web: container " + name + "-web-1 cannot start: ")
                    .hasMessageContaining(":" + taken.getLocalPort())
                    .hasMessageContaining("address already in use");
        }
    }

    @Test
    void missingImageGivesAClearErrorNamingIt() {
        String name = docker.project("noimage");
        Project project = Projects.fromJson("""
                {"name": "NAME", "services": {"app": {"image": "berth/does-not-exist:1.0"}}}
                """, name, dir);

        assertThatThrownBy(() -> docker.engine.up(project, UpOptions.defaults(), docker.sink))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("service app: image berth/does-not-exist:1.0 could not be pulled");
    }

    @Test
    void unreachableEngineIsOneSentenceNamingTheSocket() {
        assertThatThrownBy(() -> DockerJavaGateway.connect(Map.of("DOCKER_HOST", "unix:///tmp/berth-no-such.sock")))
                .isInstanceOf(EngineException.class)
                .hasMessage("Cannot connect to the Docker daemon at unix:///tmp/berth-no-such.sock. "
                        + "Is the docker daemon running?")
                .extracting(e -> ((EngineException) e).reason()).isEqualTo(EngineException.Reason.UNREACHABLE);
    }
}
