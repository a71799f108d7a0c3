package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dependant declaring depends_on {restart: true} is restarted (same container) when its dependency is. */
class DependencyRestartIT {
    private final DockerFixture docker = new DockerFixture();
    @TempDir Path dir;

    // Each service counts its own starts in a file of its container: a restart keeps the file, a recreate does not.
    private static final String PROJECT = """
            {"name": "NAME", "services": {
              "db": {"image": "berth/busybox:latest", "init": true, "environment": {"V": "1"},
                     "command": ["sh", "-c", "echo x >> /starts; exec sleep 3600"]},
              "web": {"image": "berth/busybox:latest", "init": true,
                      "command": ["sh", "-c", "echo x >> /starts; exec sleep 3600"],
                      "depends_on": {"db": {"condition": "service_started", "required": true, "restart": true}}},
              "other": {"image": "berth/busybox:latest", "init": true,
                        "command": ["sh", "-c", "echo x >> /starts; exec sleep 3600"],
                        "depends_on": {"db": {"condition": "service_started", "required": true}}}}}
            """;

    @AfterEach
    void cleanup() {
        docker.close();
    }

    @Test
    void upThatRecreatesTheDependencyRestartsOnlyTheRestartDependant() {
        String name = docker.project("deprestart");
        docker.engine.up(Projects.fromJson(PROJECT, name, dir), UpOptions.defaults(), docker.sink);
        String webId = id(name + "-web-1");

        Project changed = Projects.fromJson(PROJECT.replace("\"V\": \"1\"", "\"V\": \"2\""), name, dir);
        docker.engine.up(changed, UpOptions.defaults(), docker.sink);

        assertThat(id(name + "-web-1")).isEqualTo(webId);
        assertThat(starts(name + "-web-1")).isEqualTo(2);
        assertThat(starts(name + "-other-1")).isEqualTo(1);
        assertThat(starts(name + "-db-1")).isEqualTo(1); // a new container
        assertThat(docker.containers(name)).allMatch(ContainerState::running);
    }

    @Test
    void restartOfTheDependencyRestartsTheRestartDependant() {
        String name = docker.project("restartcmd");
        Project project = Projects.fromJson(PROJECT, name, dir);
        docker.engine.up(project, UpOptions.defaults(), docker.sink);

        docker.engine.restart(name, project, RestartOptions.of(List.of("db")).withTimeout(java.time.Duration.ofSeconds(1)),
                docker.sink);

        assertThat(starts(name + "-db-1")).isEqualTo(2);
        assertThat(starts(name + "-web-1")).isEqualTo(2);
        assertThat(starts(name + "-other-1")).isEqualTo(1);
    }

    private String id(String container) {
        return docker.gateway.inspect(container).id();
    }

    private int starts(String container) {
        List<String> out = new ArrayList<>();
        int code = docker.gateway.exec(container, new DockerGateway.ExecRequest(List.of("cat", "/starts"), List.of(),
                null, null, false, false, false), chunk -> out.add(chunk.line()));
        assertThat(code).isZero();
        return (int) String.join("", out).chars().filter(c -> c == 'x').count();
    }
}
