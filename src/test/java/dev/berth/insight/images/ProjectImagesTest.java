package dev.berth.insight.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import dev.berth.engine.ContainerImage;
import dev.berth.engine.ContainerState;
import dev.berth.insight.Loads;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One row per image: its containers' sizes, and every service that names it, created or not. */
class ProjectImagesTest {
    @TempDir Path dir;

    private static ContainerImage container(String service, int n, String image, boolean oneOff) {
        ContainerState c = new ContainerState("id-" + service + n, "p-" + service + "-" + n, service, n, oneOff, image,
                "running", null, null, "Up", null, 0, List.of(), List.of(), java.util.Map.of());
        return new ContainerImage(c, "sha256:abc", "linux/amd64", 4_000_000, 1_700_000_000);
    }

    @Test
    void imagesAreJoinedWithTheServicesThatUseThem() {
        Project p = Loads.load(dir, """
                name: p
                services:
                  web: {image: berth/busybox}
                  worker: {image: "berth/busybox:latest", scale: 2}
                  app: {build: .}
                """).project();
        var rows = ProjectImages.of(p, List.of(container("web", 1, "berth/busybox", false),
                container("worker", 1, "berth/busybox:latest", false), container("worker", 2, "berth/busybox:latest", false),
                container("web", 9, "berth/busybox", true)));
        assertThat(rows).extracting(ProjectImages.Row::image).containsExactly("berth/busybox:latest", "p-app:latest");
        var busybox = rows.getFirst();
        assertThat(busybox.services()).containsExactly("web", "worker");
        assertThat(busybox.containers()).as("a one-off run is not the service's").isEqualTo(3);
        assertThat(busybox.sizeBytes()).isEqualTo(4_000_000);
        assertThat(rows.get(1).id()).as("not built yet").isNull();
        assertThat(rows.get(1).services()).containsExactly("app");
    }
}
