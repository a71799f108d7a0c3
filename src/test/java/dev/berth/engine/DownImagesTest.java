package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** down --rmi: the images the reference removes (its image pruner), decided without Docker. */
class DownImagesTest {
    private static final Path DIR = Path.of("/srv/demo");
    private final Project demo = Projects.fromJson("""
            {"name": "demo", "services": {
              "built": {"build": {"context": "/srv/demo"}},
              "named": {"image": "registry.local/team/named:v1", "build": {"context": "/srv/demo"}},
              "plain": {"image": "busybox"},
              "gone": {"build": {"context": "/srv/demo"}}}}
            """, DIR);
    private final ProjectState observed = new ProjectState("demo", List.of(), List.of(), List.of(), Map.of(
            "demo-built", "sha256:1", "registry.local/team/named:v1", "sha256:2", "busybox", "sha256:3"));
    private final List<DockerGateway.ImageState> labelled = List.of(
            image("demo-built:latest", "built"), image("registry.local/team/named:v1", "named"),
            image("demo-old:latest", "old"), new DockerGateway.ImageState("sha256:5", List.of(),
                    Map.of(Labels.PROJECT, "demo", Labels.SERVICE, "built")));

    @Test
    void localRemovesWhatTheProjectBuiltEvenUnderACustomNameButNotPulledImages() {
        Plan plan = Teardown.down("demo", demo, observed, labelled, new DownOptions(false, false, "local", null));

        // "gone" was never built (its image does not exist): nothing to remove for it.
        assertThat(plan.toString()).isEqualTo("""
                remove image demo-built:latest (--rmi local)
                remove image registry.local/team/named:v1 (--rmi local)
                """);
    }

    @Test
    void allAddsEveryServiceImageAndOrphansAddTheImagesOfServicesNoLongerDeclared() {
        Plan all = Teardown.down("demo", demo, observed, labelled, new DownOptions(false, false, "all", null));
        Plan orphans = Teardown.down("demo", demo, observed, labelled, new DownOptions(false, true, "local", null));

        assertThat(all.toString()).isEqualTo("""
                remove image busybox:latest (--rmi all)
                remove image demo-built:latest (--rmi all)
                remove image registry.local/team/named:v1 (--rmi all)
                """);
        assertThat(orphans.toString()).contains("remove image demo-old:latest (--rmi local)");
    }

    @Test
    void withoutAComposeFileTheContainersTellTheServices() {
        ContainerState built = new ContainerState("id", "demo-built-1", "built", 1, false, "demo-built", "exited", null,
                0, "Exited", "", 0, List.of(), List.of(), Map.of(Labels.PROJECT, "demo", Labels.SERVICE, "built"));
        ProjectState state = new ProjectState("demo", List.of(built), List.of(), List.of(), Map.of());

        Plan plan = Teardown.down("demo", null, state, labelled, new DownOptions(false, false, "local", null));

        assertThat(plan.toString()).endsWith("remove image demo-built:latest (--rmi local)\n")
                .doesNotContain("named:v1").doesNotContain("demo-old");
    }

    private static DockerGateway.ImageState image(String tag, String service) {
        return new DockerGateway.ImageState("sha256:" + tag.hashCode(), List.of(tag),
                Map.of(Labels.PROJECT, "demo", Labels.SERVICE, service));
    }
}
