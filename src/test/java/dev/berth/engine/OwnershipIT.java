package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnershipIT {
    private final DockerFixture docker = new DockerFixture();
    @TempDir Path dir;

    private static final String WITH_VOLUME = """
            {"name": "NAME", "volumes": {"data": {"name": "NAME_data"}}, "services": {
              "db": {"image": "berth/busybox:latest", "init": true, "command": ["sleep", "3600"],
                     "volumes": [{"type": "volume", "source": "data", "target": "/data"}]}}}
            """;

    @AfterEach
    void cleanup() {
        docker.close();
    }

    @Test
    void downKeepsNamedVolumesUnlessAskedWithMinusV() {
        String name = docker.project("vol");
        Project project = Projects.fromJson(WITH_VOLUME, name, dir);
        docker.engine.up(project, UpOptions.defaults(), docker.sink);

        docker.engine.down(name, project, DownOptions.defaults(), docker.sink);
        assertThat(docker.gateway.volumes()).anyMatch(v -> v.name().equals(name + "_data"));

        docker.engine.down(name, project, new DownOptions(true, false, null, null), docker.sink);
        assertThat(docker.gateway.volumes()).noneMatch(v -> v.name().equals(name + "_data"));
    }

    @Test
    void downLeavesAnotherProjectsLookAlikeContainersAlone() {
        String name = docker.project("mine");
        String other = docker.project("mine-x");
        Project project = Projects.fromJson(WITH_VOLUME, name, dir);
        docker.engine.up(project, UpOptions.defaults(), docker.sink);
        // Same service name, a name that starts like ours, but another project's label.
        ContainerSpec lookAlike = SpecBuilder.build(Projects.fromJson(WITH_VOLUME, other, dir),
                Projects.fromJson(WITH_VOLUME, other, dir).service("db"), 1, name + "-db-2");
        docker.gateway.create(new ContainerSpec(lookAlike.name(), lookAlike.image(), lookAlike.command(), null,
                List.of(), Map.of(Labels.PROJECT, other, Labels.SERVICE, "db"), null, null, null, null, null, List.of(),
                List.of(), List.of(), Map.of(), null, List.of(), null, null, null, true, null, null, List.of(),
                List.of(), List.of(), null, null, null, null, null, null, List.of(), List.of(), Map.of(), List.of(),
                null, List.of(), List.of(), null, null, ContainerSpec.Extras.NONE));

        docker.engine.down(name, project, new DownOptions(true, true, null, null), docker.sink);

        assertThat(docker.containers(name)).isEmpty();
        assertThat(docker.gateway.inspect(name + "-db-2")).isNotNull();
    }
}
