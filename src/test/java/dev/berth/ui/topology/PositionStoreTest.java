package dev.berth.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ui.TestProjects;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PositionStoreTest {
    @Test
    void draggedBoxesStayWhereTheyWereLeftAcrossReopens(@TempDir Path dir) {
        PositionStore store = new PositionStore(dir);
        TopologyViewModel first = new TopologyViewModel(store);
        first.show(TestProjects.webapp());
        first.moveNode("service-web", 900, 15);

        TopologyViewModel again = new TopologyViewModel(store);
        again.show(TestProjects.webapp());
        GraphNode web = again.topologyProperty().get().node("service-web").orElseThrow();
        assertThat(web.x()).isEqualTo(900);
        assertThat(web.y()).isEqualTo(15);

        again.resetPositions();
        assertThat(again.topologyProperty().get().node("service-web").orElseThrow().x()).isNotEqualTo(900);
        assertThat(store.load(TestProjects.webapp().configFiles().getFirst())).isEmpty();
    }

    @Test
    void projectsAreKeptApart(@TempDir Path dir) {
        PositionStore store = new PositionStore(dir);
        store.save(Path.of("/a/compose.yaml"), Map.of("service-x", new double[] {1, 2}));
        assertThat(store.load(Path.of("/b/compose.yaml"))).isEmpty();
        assertThat(store.load(Path.of("/a/compose.yaml")).get("service-x")).containsExactly(1, 2);
    }
}
