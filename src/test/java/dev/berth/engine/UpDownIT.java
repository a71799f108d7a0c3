package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpDownIT {
    private final DockerFixture docker = new DockerFixture();
    @TempDir Path dir;

    private static final String WEB_WAITS_FOR_DB = """
            {"name": "NAME", "networks": {"default": {"name": "NAME_default", "ipam": {}}},
             "services": {
              "db": {"image": "berth/busybox:latest", "init": true, "environment": {"A": "1"},
                     "command": ["sh", "-c", "sleep 1; touch /tmp/ok; exec sleep 3600"],
                     "healthcheck": {"test": ["CMD", "test", "-f", "/tmp/ok"], "interval": "200ms", "retries": 50},
                     "networks": {"default": null}},
              "web": {"image": "berth/busybox:latest", "init": true, "command": ["sleep", "3600"],
                      "depends_on": {"db": {"condition": "service_healthy", "required": true}},
                      "networks": {"default": null}}}}
            """;

    @AfterEach
    void cleanup() {
        docker.close();
    }

    @Test
    void webStartsOnlyAfterDbIsHealthyAndDownRemovesEverything() throws Exception {
        String name = docker.project("updown");
        Project project = Projects.fromJson(WEB_WAITS_FOR_DB, name, dir);

        docker.engine.up(project, UpOptions.defaults(), docker.sink);

        List<ContainerState> cs = docker.containers(name);
        assertThat(cs).extracting(ContainerState::name).containsExactlyInAnyOrder(name + "-db-1", name + "-web-1");
        assertThat(cs).allMatch(ContainerState::running);
        int healthy = indexOf(name + "-db-1", EngineEvent.Phase.HEALTHY);
        int webStarting = indexOf(name + "-web-1", EngineEvent.Phase.STARTING);
        assertThat(healthy).isGreaterThanOrEqualTo(0).isLessThan(webStarting);

        docker.engine.down(name, project, DownOptions.defaults(), docker.sink);
        assertThat(docker.containers(name)).isEmpty();
        assertThat(docker.gateway.networks()).noneMatch(n -> n.name().equals(name + "_default"));
    }

    @Test
    void secondUpWithNothingChangedTouchesNothing() throws Exception {
        String name = docker.project("noop");
        Project project = Projects.fromJson(WEB_WAITS_FOR_DB, name, dir);
        docker.engine.up(project, UpOptions.defaults(), docker.sink);

        Plan again = docker.engine.plan(project, UpOptions.defaults());

        assertThat(again.changesNothing()).as(again.toString()).isTrue();
    }

    @Test
    void changedEnvironmentRecreatesOnlyThatService() throws Exception {
        String name = docker.project("recreate");
        docker.engine.up(Projects.fromJson(WEB_WAITS_FOR_DB, name, dir), UpOptions.defaults().withWait(true), docker.sink);
        String webId = docker.gateway.inspect(name + "-web-1").id();

        Project changed = Projects.fromJson(WEB_WAITS_FOR_DB.replace("\"A\": \"1\"", "\"A\": \"2\""), name, dir);
        Plan plan = docker.engine.plan(changed, UpOptions.defaults());
        docker.engine.up(changed, UpOptions.defaults(), docker.sink);

        assertThat(plan.toString()).contains("create container " + name + "-db-1 (config changed: environment.A)");
        assertThat(docker.gateway.inspect(name + "-web-1").id()).isEqualTo(webId);
        DockerFixture.eventually(() -> "healthy".equals(docker.gateway.inspect(name + "-db-1").health()),
                Duration.ofSeconds(20));
    }

    private int indexOf(String container, EngineEvent.Phase phase) {
        for (int i = 0; i < docker.events.size(); i++) {
            if (docker.events.get(i) instanceof EngineEvent.ResourceChanged r && r.resourceName().equals(container)
                    && r.phase() == phase) {
                return i;
            }
        }
        return -1;
    }
}
