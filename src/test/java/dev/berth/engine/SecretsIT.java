package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.compose.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets and configs reach the container where the reference puts them, with its modes and owners. */
class SecretsIT {
    private final DockerFixture docker = new DockerFixture();
    @TempDir Path dir;

    private static final String PROJECT = """
            {"name": "NAME", "services": {"app": {"image": "berth/busybox:latest", "init": true,
               "command": ["sleep", "3600"],
               "secrets": [{"source": "token"}, {"source": "token", "target": "/abs/token", "mode": "0400",
                            "uid": "1000", "gid": "1001"}, {"source": "cert"}],
               "configs": [{"source": "inline"}, {"source": "fromenv", "target": "/etc/app.conf", "mode": "0640"}]}},
             "secrets": {"token": {"name": "NAME_token", "environment": "TOKEN"},
                         "cert": {"name": "NAME_cert", "file": "DIR/cert.pem"}},
             "configs": {"inline": {"name": "NAME_inline", "content": "hello\\n"},
                         "fromenv": {"name": "NAME_fromenv", "environment": "APP_CONF"}}}
            """;

    @AfterEach
    void cleanup() {
        docker.close();
    }

    @Test
    void environmentContentAndFileSourcesAreInPlace() throws Exception {
        String name = docker.project("secrets");
        Files.writeString(dir.resolve("cert.pem"), "CERT");
        Project project = Projects.fromJson(PROJECT.replace("DIR", dir.toString()).replace("NAME", name), dir,
                Map.of("TOKEN", "s3cr3t", "APP_CONF", "x=1"));

        docker.engine.up(project, UpOptions.defaults(), docker.sink);

        String app = name + "-app-1";
        assertThat(shell(app, "stat -c '%a %u:%g' /run/secrets/token; cat /run/secrets/token")).isEqualTo("444 0:0\ns3cr3t");
        assertThat(shell(app, "stat -c '%a %u:%g' /abs/token")).isEqualTo("400 1000:1001");
        assertThat(shell(app, "cat /run/secrets/cert")).isEqualTo("CERT");
        assertThat(shell(app, "stat -c '%a' /inline; cat /inline")).isEqualTo("444\nhello");
        assertThat(shell(app, "stat -c '%a' /etc/app.conf; cat /etc/app.conf")).isEqualTo("640\nx=1");
        assertThat(docker.events).extracting(Object::toString).noneMatch(e -> e.contains("s3cr3t"));
    }

    @Test
    void unsetVariableFailsNamingItAndNotAnyValue() throws Exception {
        String name = docker.project("nosecret");
        Files.writeString(dir.resolve("cert.pem"), "CERT");
        Project project = Projects.fromJson(PROJECT.replace("DIR", dir.toString()).replace("NAME", name), dir,
                Map.of("APP_CONF", "x=1"));

        // As the reference: create copies nothing in, so it succeeds; the start is what needs the value.
        docker.engine.up(project, UpOptions.defaults().withNoStart(true), docker.sink);
        assertThat(docker.gateway.inspect(name + "-app-1").state()).isEqualTo("created");
        assertThatThrownBy(() -> docker.engine.up(project, UpOptions.defaults(), docker.sink))
                .hasMessageContaining("environment variable \"TOKEN\" required by secret \"" + name + "_token\" is not set");
    }

    @Test
    void upStartingAStoppedContainerWritesTheCurrentValueAndStartAloneDoesNotLikeTheReference() throws Exception {
        String name = docker.project("secretvalue");
        Files.writeString(dir.resolve("cert.pem"), "CERT");
        String json = PROJECT.replace("DIR", dir.toString()).replace("NAME", name);
        docker.engine.up(Projects.fromJson(json, dir, Map.of("TOKEN", "one", "APP_CONF", "x=1")), UpOptions.defaults(),
                docker.sink);
        String app = name + "-app-1";

        docker.engine.stop(name, null, StopOptions.of(List.of()).withTimeout(java.time.Duration.ZERO), docker.sink);
        docker.engine.start(Projects.fromJson(json, dir, Map.of("TOKEN", "two", "APP_CONF", "x=1")), List.of(),
                docker.sink);
        String afterStart = shell(app, "cat /run/secrets/token");
        docker.engine.stop(name, null, StopOptions.of(List.of()).withTimeout(java.time.Duration.ZERO), docker.sink);
        docker.engine.up(Projects.fromJson(json, dir, Map.of("TOKEN", "three", "APP_CONF", "x=1")),
                UpOptions.defaults(), docker.sink);

        assertThat(afterStart).isEqualTo("one");
        assertThat(shell(app, "cat /run/secrets/token")).isEqualTo("three");
    }

    @Test
    void oneOffRunHasTheCopiedSecretsToo() throws Exception {
        String name = docker.project("runsecret");
        Files.writeString(dir.resolve("cert.pem"), "CERT");
        Project project = Projects.fromJson(PROJECT.replace("DIR", dir.toString()).replace("NAME", name), dir,
                Map.of("TOKEN", "s3cr3t", "APP_CONF", "x=1"));
        List<String> out = new java.util.concurrent.CopyOnWriteArrayList<>();

        int code = docker.engine.run(project, "app", RunOptions.of(List.of("cat", "/run/secrets/token", "/inline"))
                .withRemove(true).withNoDeps(true), e -> {
                    if (e instanceof EngineEvent.LogLine line) {
                        out.add(line.text());
                    }
                });

        assertThat(code).isZero();
        assertThat(String.join("", out)).contains("s3cr3t").contains("hello");
    }

    private String shell(String container, String script) {
        List<String> out = new ArrayList<>();
        int code = docker.gateway.exec(container, new DockerGateway.ExecRequest(List.of("sh", "-c", script), List.of(),
                null, null, false, false, false), chunk -> out.add(chunk.line()));
        assertThat(code).as(String.join("", out)).isZero();
        return String.join("", out).strip();
    }
}
