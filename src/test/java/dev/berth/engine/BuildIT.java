package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** up --build: a service whose image the build changed is recreated in the same run; an unchanged one is kept. */
class BuildIT {
    private final DockerFixture docker = new DockerFixture();
    private final List<String> images = new ArrayList<>();
    @TempDir Path dir;

    private static final String PROJECT = """
            {"name": "NAME", "services": {
              "app": {"build": {"context": "DIR", "dockerfile": "Dockerfile"}, "init": true,
                      "command": ["sleep", "3600"]}}}
            """;

    @AfterEach
    void cleanup() {
        docker.close();
        try (DockerGateway gateway = dev.berth.engine.docker.DockerJavaGateway.connect(java.util.Map.of())) {
            images.forEach(gateway::removeImage);
        }
    }

    @Test
    void buildThatChangesTheImageRecreatesAtOnceAndOneThatDoesNotKeepsTheContainer() throws Exception {
        String name = docker.project("build");
        images.add(name + "-app");
        Project project = Projects.fromJson(PROJECT.replace("DIR", dir.toString()), name, dir);
        UpOptions build = UpOptions.defaults().with(UpOptions.BuildPolicy.ALWAYS);
        dockerfile("one");
        docker.engine.up(project, UpOptions.defaults(), docker.sink);
        String first = docker.gateway.inspect(name + "-app-1").id();

        docker.engine.up(project, build, docker.sink); // same Dockerfile: the cached build gives the same image
        String unchanged = docker.gateway.inspect(name + "-app-1").id();
        dockerfile("two");
        docker.engine.up(project, build, docker.sink);

        assertThat(unchanged).isEqualTo(first);
        ContainerState now = docker.gateway.inspect(name + "-app-1");
        assertThat(now.id()).isNotEqualTo(first);
        assertThat(now.running()).isTrue();
        assertThat(now.labels().get(Labels.IMAGE)).isEqualTo(docker.gateway.imageId(name + "-app"));
        assertThat(read(name + "-app-1", "/v")).isEqualTo("two");
    }

    @Test
    void inlineDockerfileBuildsAndDownRmiLocalRemovesWhatTheProjectBuiltOnly() throws Exception {
        String name = docker.project("inline");
        String custom = name + "-custom:v1";
        images.add(name + "-a");
        images.add(custom);
        Project project = Projects.fromJson("""
                {"name": "NAME", "services": {
                  "a": {"build": {"context": "DIR", "dockerfile_inline": "FROM berth/busybox:latest\\nRUN echo a > /v\\n"},
                        "init": true, "command": ["sleep", "3600"]},
                  "b": {"image": "CUSTOM", "build": {"context": "DIR",
                        "dockerfile_inline": "FROM berth/busybox:latest\\nRUN echo b > /v\\n"},
                        "init": true, "command": ["sleep", "3600"]},
                  "c": {"image": "berth/busybox:latest", "init": true, "command": ["sleep", "3600"]}}}
                """.replace("DIR", dir.toString()).replace("CUSTOM", custom), name, dir);

        Files.writeString(dir.resolve(".dockerignore"), ".*\n"); // hides dot-files: the inline name must avoid it
        docker.engine.up(project, UpOptions.defaults(), docker.sink);
        String a = read(name + "-a-1", "/v");
        String b = read(name + "-b-1", "/v");
        docker.engine.down(name, project, new DownOptions(false, false, "local", 0), docker.sink);

        assertThat(a + b).isEqualTo("ab");
        // Like the reference: what the project built goes, custom name or not; a pulled image stays.
        assertThat(docker.gateway.imageId(name + "-a")).isNull();
        assertThat(docker.gateway.imageId(custom)).isNull();
        assertThat(docker.gateway.imageId("berth/busybox:latest")).isNotNull();
        try (var files = Files.list(dir)) {
            // the inline Dockerfile left nothing behind in the context
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(".dockerignore");
        }
    }

    private void dockerfile(String version) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM berth/busybox:latest\nRUN echo " + version + " > /v\n");
    }

    private String read(String container, String path) {
        List<String> out = new ArrayList<>();
        docker.gateway.exec(container, new DockerGateway.ExecRequest(List.of("cat", path), List.of(), null, null,
                false, false, false), chunk -> out.add(chunk.line()));
        return String.join("", out).strip();
    }
}
