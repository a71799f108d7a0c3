package dev.berth.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ui.LargeProjects;
import dev.berth.ui.TestProjects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollapsedResourcesTest {
    private final TopologyLayout layout = new TopologyLayout();

    @Test
    void aLargeProjectNamesNetworksAndVolumesOnItsBoxesInsteadOfALinePerAttachment() {
        Topology t = layout.layout(LargeProjects.rich(200, Set.of()));
        assertThat(t.edges()).allMatch(e -> e.kind() == GraphEdge.Kind.DEPENDS_ON);
        GraphNode s7 = t.node("service-s0007").orElseThrow();
        assertThat(s7.badges()).containsExactly("network-back", "network-net2", "volume-data07");
        GraphNode front = t.node("network-front").orElseThrow();
        assertThat(front.details()).containsExactly("network · 100 services");
    }

    @Test
    void theWrappedResourceRowStaysUnderTheServicesAndInsideTheDrawing() {
        Topology t = layout.layout(LargeProjects.rich(200, Set.of("debug")));
        double servicesRight = t.nodes().stream().filter(n -> n.kind() == GraphNode.Kind.SERVICE)
                .mapToDouble(n -> n.x() + n.width()).max().orElseThrow();
        double servicesBottom = t.nodes().stream().filter(n -> n.kind() == GraphNode.Kind.SERVICE)
                .mapToDouble(n -> n.y() + n.height()).max().orElseThrow();
        assertThat(t.nodes().stream().filter(n -> n.kind() != GraphNode.Kind.SERVICE))
                .hasSize(27)
                .allMatch(n -> n.x() + n.width() <= servicesRight && n.y() > servicesBottom
                        && n.y() + n.height() <= t.height());
    }

    @Test
    void aSmallProjectKeepsItsLinesAndHasNoBadges() {
        Topology t = layout.layout(TestProjects.webapp());
        assertThat(t.edges()).anyMatch(e -> e.kind() == GraphEdge.Kind.NETWORK);
        assertThat(t.nodes()).allMatch(n -> n.badges().isEmpty());
    }
}
