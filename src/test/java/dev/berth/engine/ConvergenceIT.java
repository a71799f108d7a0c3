package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvergenceIT {
    private final DockerFixture docker = new DockerFixture();
    @TempDir Path dir;

    private static final String THREE = """
            {"name": "NAME", "services": {
              "a": {"image": "berth/busybox:latest", "init": true, "command": ["sleep", "3600"]},
              "b": {"image": "berth/busybox:latest", "init": true, "command": ["sleep", "3600"],
                    "depends_on": {"a": {"condition": "service_started", "required": true}}},
              "c": {"image": "berth/busybox:latest", "init": true, "command": ["sleep", "3600"]}}}
            """;

    @AfterEach
    void cleanup() {
        docker.close();
    }

    @Test
    void twoConcurrentUpsMakeOneContainerPerService() throws Exception {
        String name = docker.project("twice");
        Project project = Projects.fromJson(THREE, name, dir);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<?> first = pool.submit(() -> docker.engine.up(project, UpOptions.defaults(), EventSink.NONE));
            Future<?> second = pool.submit(() -> docker.engine.up(project, UpOptions.defaults(), EventSink.NONE));
            first.get();
            second.get();
        }

        List<ContainerState> cs = docker.containers(name);
        assertThat(cs).extracting(ContainerState::name)
                .containsExactlyInAnyOrder(name + "-a-1", name + "-b-1", name + "-c-1");
        assertThat(cs).allMatch(ContainerState::running);
    }

    @Test
    void upInterruptedAfterCreatingContainersConvergesOnTheNextUp() {
        String name = docker.project("resume");
        Project project = Projects.fromJson(THREE, name, dir);
        ComposeEngine.Steps steps = docker.engine.steps(project, docker.engine.plan(project, UpOptions.defaults()),
                EventSink.NONE);
        while (!(steps.next() instanceof Operation.StartContainer)) {
            steps.runNext(); // network and the first container created, nothing started: as if killed here
        }

        Plan resume = docker.engine.plan(project, UpOptions.defaults());
        docker.engine.up(project, UpOptions.defaults(), docker.sink);

        assertThat(resume.toString()).contains("start container " + name + "-a-1 (created)")
                .doesNotContain("create network");
        assertThat(docker.containers(name)).hasSize(3).allMatch(ContainerState::running);
    }
}
