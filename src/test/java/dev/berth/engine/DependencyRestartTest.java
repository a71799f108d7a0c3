package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** depends_on {restart: true}: dependants restart when their dependency is recreated or restarted. */
class DependencyRestartTest {
    private static final Path DIR = Path.of("/srv/demo");
    private static final String DEMO = """
            {"name": "demo", "networks": {"default": {"name": "demo_default", "ipam": {}}},
             "services": {
              "db": {"image": "busybox", "environment": {"V": "1"}, "networks": {"default": null}},
              "web": {"image": "busybox", "networks": {"default": null},
                      "depends_on": {"db": {"condition": "service_started", "required": true, "restart": true}}},
              "api": {"image": "busybox", "networks": {"default": null},
                      "depends_on": {"web": {"condition": "service_started", "required": true, "restart": true}}},
              "other": {"image": "busybox", "networks": {"default": null},
                      "depends_on": {"db": {"condition": "service_started", "required": true}}}}}
            """;

    private final Project demo = Projects.fromJson(DEMO, DIR);

    @Test
    void recreatedDependencyStopsRestartDependantsBeforeAndStartsThemAfter() {
        Project changed = Projects.fromJson(DEMO.replace("\"V\": \"1\"", "\"V\": \"2\""), DIR);

        Plan plan = Reconciler.up(changed, allRunning(), UpOptions.defaults());

        // other (no restart: true) and api (its dependency web is restarted, not recreated) keep running.
        assertThat(plan.toString()).isEqualTo("""
                stop container demo-web-1 (dependency db will be recreated)
                stop container demo-db-1 (config changed: environment.V)
                remove container demo-db-1 (config changed: environment.V)
                create container demo-db-1 (config changed: environment.V)
                start container demo-db-1 (config changed: environment.V)
                wait for db service_started before web
                start container demo-web-1 (dependency db was recreated)
                """);
    }

    @Test
    void dependantOutsideTheSelectionIsLeftAloneLikeTheReference() {
        Project changed = Projects.fromJson(DEMO.replace("\"V\": \"1\"", "\"V\": \"2\""), DIR);

        Plan plan = Reconciler.up(changed, allRunning(), UpOptions.defaults().withServices(List.of("db")));

        assertThat(plan.toString()).doesNotContain("demo-web-1");
    }

    @Test
    void dependantThatIsItselfRecreatedIsNotStoppedTwice() {
        Project changed = Projects.fromJson(DEMO.replace("\"V\": \"1\"", "\"V\": \"2\""), DIR);

        Plan plan = Reconciler.up(changed, allRunning(), UpOptions.defaults().with(UpOptions.Recreate.FORCE));

        assertThat(plan.toString()).doesNotContain("dependency db");
    }

    @Test
    void restartTakesRestartDependantsTransitivelyInDependencyOrder() {
        Plan plan = Restarts.plan(demo, allRunning(), List.of("db"), null);

        assertThat(plan.toString()).isEqualTo("""
                restart container demo-db-1 (restart)
                wait for db service_started before web
                restart container demo-web-1 (dependency db was restarted)
                wait for web service_started before api
                restart container demo-api-1 (dependency web was restarted)
                """);
    }

    @Test
    void restartNoDepsLeavesTheRestartDependantsRunning() {
        Plan plan = Restarts.plan(demo, allRunning(), List.of("db"), null, true);

        assertThat(plan.toString()).isEqualTo("""
                restart container demo-db-1 (restart)
                """);
    }

    @Test
    void restartOfADependantAloneLeavesItsDependencyRunning() {
        Plan plan = Restarts.plan(demo, allRunning(), List.of("api"), null);

        assertThat(plan.toString()).isEqualTo("""
                restart container demo-api-1 (restart)
                """);
    }

    private ProjectState allRunning() {
        List<ContainerState> cs = List.of(running("api"), running("db"), running("other"), running("web"));
        return new ProjectState("demo", cs, List.of(new ProjectState.NetworkState("n", "demo_default",
                Map.of(Labels.PROJECT, "demo"))), List.of(), Map.of("busybox", "sha256:busybox"),
                ReconcilerTest.fingerprints(demo));
    }

    private ContainerState running(String service) {
        Map<String, String> labels = SpecBuilder.labels(demo, demo.service(service), 1, "sha256:busybox");
        return new ContainerState("id-" + service, "demo-" + service + "-1", service, 1, false, "busybox", "running",
                null, null, "Up", "", 0, List.of(), List.of("demo_default"), labels);
    }
}
