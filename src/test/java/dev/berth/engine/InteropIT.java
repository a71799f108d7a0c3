package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.ProjectLoader;
import dev.berth.compose.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Berth and the reference `docker compose` see, converge and stop each other's projects. */
class InteropIT {
    private final DockerFixture docker = new DockerFixture();
    @TempDir Path dir;
    private Path file;

    @BeforeEach
    void composeFile() throws Exception {
        assumeTrue(run("docker", "compose", "version") == 0, "docker compose is not installed: interop not checked");
        file = dir.resolve("compose.yaml");
        Files.writeString(file, """
                services:
                  db:
                    image: berth/busybox:latest
                    init: true
                    command: ["sleep", "3600"]
                    environment:
                      MODE: test
                    volumes: ["data:/data"]
                  web:
                    image: berth/busybox:latest
                    init: true
                    command: ["sleep", "3600"]
                    depends_on: [db]
                volumes:
                  data: {}
                """);
    }

    @AfterEach
    void cleanup() {
        docker.close();
    }

    @Test
    void referenceSeesBerthsProjectAsUpToDateAndTakesItDown() throws Exception {
        String name = docker.project("interop-b");
        docker.engine.up(load(name), UpOptions.defaults(), docker.sink);

        String dryRun = output("docker", "compose", "-p", name, "-f", file.toString(), "--dry-run", "up", "-d");
        assertThat(run("docker", "compose", "-p", name, "-f", file.toString(), "down")).isZero();

        assertThat(dryRun).as("the reference would recreate nothing")
                .contains("Container " + name + "-db-1  Running", "Container " + name + "-web-1  Running")
                .doesNotContain("Recreate");
        assertThat(docker.containers(name)).isEmpty();
    }

    @Test
    void berthSeesReferencesProjectAsUpToDateAndTakesItDown() throws Exception {
        String name = docker.project("interop-r");
        assertThat(run("docker", "compose", "-p", name, "-f", file.toString(), "up", "-d")).isZero();
        Project project = load(name);

        Plan plan = docker.engine.plan(project, UpOptions.defaults());
        docker.engine.down(name, project, DownOptions.defaults(), docker.sink);

        assertThat(plan.changesNothing()).as(plan.toString()).isTrue();
        assertThat(docker.containers(name)).isEmpty();
        assertThat(docker.gateway.networks()).noneMatch(n -> n.name().equals(name + "_default"));
    }

    private Project load(String name) throws Exception {
        LoadOptions options = new LoadOptions(List.of(file), dir, null, name, List.of(), List.of(), Map.of(), true,
                List.of());
        return new ProjectLoader().load(options).project();
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(120, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private static String output(String... command) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(120, TimeUnit.SECONDS);
        return out;
    }
}
