package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.compose.model.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
    private static final Path DIR = Path.of("/srv/demo");
    private static final String DEMO = """
            {"name": "demo", "networks": {"default": {"name": "demo_default", "ipam": {}}},
             "volumes": {"data": {"name": "demo_data"}},
             "services": {
              "db": {"image": "busybox", "environment": {"DB_HOST": "db"}, "volumes": [
                        {"type": "volume", "source": "data", "target": "/data"}],
                     "healthcheck": {"test": ["CMD", "true"]}, "networks": {"default": null}},
              "web": {"image": "busybox", "depends_on": {"db": {"condition": "service_healthy", "required": true}},
                      "networks": {"default": null}}}}
            """;

    private final Project demo = Projects.fromJson(DEMO, DIR);

    @Test
    void emptyEngineCreatesNetworkVolumeAndStartsWebAfterDbIsHealthy() {
        Plan plan = Reconciler.up(demo, observed(List.of()), UpOptions.defaults());

        assertThat(plan.toString()).isEqualTo("""
                create network demo_default (missing)
                create volume demo_data (missing)
                create container demo-db-1 (missing)
                start container demo-db-1 (missing)
                create container demo-web-1 (missing)
                wait for db service_healthy before web
                start container demo-web-1 (missing)
                """);
    }

    @Test
    void aProviderServiceIsRefusedNotSkipped() {
        Project withProvider = Projects.fromJson(DEMO.replace("\"web\": {\"image\": \"busybox\",",
                "\"web\": {\"provider\": {\"type\": \"foo\"},"), DIR);

        assertThatThrownBy(() -> Reconciler.up(withProvider, observed(List.of()), UpOptions.defaults()))
                .isInstanceOf(EngineException.class).hasMessageContaining("service web: provider services (type \"foo\")");
    }

    @Test
    void aCreateThatNamesAnotherServicesContainerWaitsForThatService() {
        Project sharing = Projects.fromJson(DEMO.replace("\"web\": {\"image\": \"busybox\",",
                "\"web\": {\"image\": \"busybox\", \"volumes_from\": [\"db\"], \"ipc\": \"service:db\","), DIR);

        Plan plan = Reconciler.up(sharing, observed(List.of()), UpOptions.defaults());

        assertThat(plan.toString()).contains("wait for db before creating web (its create names them)\n"
                + "create container demo-web-1 (missing)\n");
    }

    @Test
    void runningUpToDateProjectNeedsNothing() {
        Plan plan = Reconciler.up(demo, observed(List.of(running("db", 1), running("web", 1))), UpOptions.defaults());

        assertThat(plan.changesNothing()).as(plan.toString()).isTrue();
    }

    @Test
    void changedEnvironmentRecreatesThatServiceNamingTheAttribute() {
        Project changed = Projects.fromJson(DEMO.replace("\"DB_HOST\": \"db\"", "\"DB_HOST\": \"db2\""), DIR);

        Plan plan = Reconciler.up(changed, observed(List.of(running("db", 1), running("web", 1))), UpOptions.defaults());

        assertThat(plan.toString()).isEqualTo("""
                stop container demo-db-1 (config changed: environment.DB_HOST)
                remove container demo-db-1 (config changed: environment.DB_HOST)
                create container demo-db-1 (config changed: environment.DB_HOST)
                start container demo-db-1 (config changed: environment.DB_HOST)
                """);
    }

    @Test
    void rebuiltImageBehindTheSameNameRecreatesTheContainer() {
        ProjectState state = observed(List.of(running("db", 1), running("web", 1)));
        ProjectState rebuilt = new ProjectState("demo", state.containers(), state.networks(), state.volumes(),
                Map.of("busybox", "sha256:newer"));

        Plan plan = Reconciler.up(demo, rebuilt, UpOptions.defaults());

        assertThat(plan.toString()).contains("create container demo-db-1 (image changed)",
                "create container demo-web-1 (image changed)");
    }

    @Test
    void pullPolicyBuildRebuildsAPresentImageUnlessNoBuild() {
        Project built = Projects.fromJson(DEMO.replace("\"web\": {\"image\": \"busybox\",",
                "\"web\": {\"image\": \"busybox\", \"pull_policy\": \"build\", \"build\": {\"context\": \"/srv/demo\"},"),
                DIR);
        ProjectState state = observed(List.of(running("db", 1), running("web", 1)));
        UpOptions noBuild = UpOptions.defaults().with(UpOptions.BuildPolicy.NEVER);

        assertThat(Reconciler.up(built, state, UpOptions.defaults()).toString())
                .contains("build image busybox for web (pull_policy build)");
        assertThat(Reconciler.up(built, state, noBuild).changesNothing()).isTrue();
    }

    @Test
    void stoppedContainerIsStartedNotRecreated() {
        ContainerState web = running("web", 1).withState("exited", null, 0);

        Plan plan = Reconciler.up(demo, observed(List.of(running("db", 1), web)), UpOptions.defaults());

        assertThat(plan.toString()).isEqualTo("""
                wait for db service_healthy before web
                start container demo-web-1 (exited)
                """);
    }

    @Test
    void startOfADependantStartsItsStoppedDependencyFirstLikeTheReference() {
        ContainerState db = running("db", 1).withState("exited", null, 137);
        ContainerState web = running("web", 1).withState("exited", null, 137);

        Plan plan = Reconciler.start(demo, observed(List.of(db, web)), List.of("web"));

        assertThat(plan.toString()).isEqualTo("""
                start container demo-db-1 (start)
                wait for db service_healthy before web
                start container demo-web-1 (start)
                """);
    }

    @Test
    void scaleDownRemovesHighestNumbersAndScaleUpAddsAfterThem() {
        List<ContainerState> cs = List.of(running("db", 1), running("web", 1), running("web", 2), running("web", 3));

        Plan down = Reconciler.up(demo, observed(cs), UpOptions.defaults().withScale(Map.of("web", 1)));
        Plan up = Reconciler.up(demo, observed(List.of(running("db", 1), running("web", 1))),
                UpOptions.defaults().withScale(Map.of("web", 2)));

        assertThat(down.toString()).isEqualTo("""
                stop container demo-web-2 (scale down)
                remove container demo-web-2 (scale down)
                stop container demo-web-3 (scale down)
                remove container demo-web-3 (scale down)
                """);
        assertThat(up.toString()).contains("create container demo-web-2 (missing)");
    }

    @Test
    void orphansAreWarnedAboutAndRemovedOnlyWhenAsked() {
        List<ContainerState> cs = List.of(running("db", 1), running("web", 1), running("old", 1));

        Plan kept = Reconciler.up(demo, observed(cs), UpOptions.defaults());
        Plan removed = Reconciler.up(demo, observed(cs), UpOptions.defaults().withRemoveOrphans(true));

        assertThat(kept.changesNothing()).isTrue();
        assertThat(kept.warnings()).singleElement().asString().contains("demo-old-1");
        assertThat(removed.toString()).isEqualTo("""
                stop container demo-old-1 (orphan)
                remove container demo-old-1 (orphan)
                """);
    }

    @Test
    void namedServiceWithNoDepsLeavesItsDependencyAlone() {
        Plan plan = Reconciler.up(demo, observed(List.of()),
                UpOptions.defaults().withServices(List.of("web")).withNoDeps(true));

        assertThat(plan.toString()).doesNotContain("demo-db-1");
    }

    @Test
    void waitAddsAReadinessStepPerService() {
        Plan plan = Reconciler.up(demo, observed(List.of(running("db", 1), running("web", 1))),
                UpOptions.defaults().withWait(true));

        assertThat(plan.toString()).isEqualTo("""
                wait for db to be healthy
                wait for web to be running
                """);
    }

    @Test
    void downStopsDependantsFirstAndKeepsNamedVolumesWithoutMinusV() {
        ProjectState state = new ProjectState("demo", List.of(running("db", 1), running("web", 1)),
                List.of(new ProjectState.NetworkState("n1", "demo_default", Map.of(Labels.PROJECT, "demo")),
                        new ProjectState.NetworkState("n2", "other_default", Map.of(Labels.PROJECT, "other"))),
                List.of(new ProjectState.VolumeState("demo_data", Map.of(Labels.PROJECT, "demo"))), Map.of());

        Plan keep = Teardown.down("demo", demo, state, DownOptions.defaults());
        Plan all = Teardown.down("demo", demo, state, new DownOptions(true, false, null, null));

        assertThat(keep.toString()).isEqualTo("""
                stop container demo-web-1 (down)
                remove container demo-web-1 (down)
                wait for web to stop before db
                stop container demo-db-1 (down)
                remove container demo-db-1 (down)
                remove network demo_default (down)
                """);
        assertThat(all.toString()).endsWith("remove network demo_default (down)\nremove volume demo_data (down -v)\n");
    }

    private ProjectState observed(List<ContainerState> containers) {
        // An empty engine has no network either; otherwise the project's network exists.
        return new ProjectState("demo", containers, containers.isEmpty() ? List.of() : new ArrayList<>(List.of(
                new ProjectState.NetworkState("n", "demo_default", Map.of(Labels.PROJECT, "demo")))),
                containers.isEmpty() ? List.of() : List.of(new ProjectState.VolumeState("demo_data", Map.of())),
                Map.of("busybox", "sha256:busybox"), fingerprints(demo));
    }

    /** What {@link ConfigFingerprints} holds after Berth created {@code project}'s containers. */
    static Map<String, String> fingerprints(Project project) {
        Map<String, String> out = new java.util.TreeMap<>();
        project.services().values().forEach(s -> out.put(ServiceHash.of(s), ServiceHash.configJson(s)));
        return out;
    }

    /** A running container as the engine would list it after Berth created it from {@code demo}. */
    private ContainerState running(String service, int number) {
        Map<String, String> labels = demo.services().containsKey(service)
                ? SpecBuilder.labels(demo, demo.service(service), number, "sha256:busybox")
                : Map.of(Labels.PROJECT, "demo", Labels.SERVICE, service, Labels.NUMBER, String.valueOf(number));
        return new ContainerState("id-" + service + number, "demo-" + service + "-" + number, service, number, false,
                "busybox", "running", null, null, "Up", "", 0, List.of(), List.of("demo_default"), labels);
    }
}
