package dev.berth.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ui.TestProjects;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SvgExportTest {
    @Test
    void writesEveryNodeAndEdgeWithStatusColours() {
        Topology t = new TopologyLayout().layout(TestProjects.webapp());
        String svg = SvgExport.render(t, Map.of("service-db", new ServiceStatus(ContainerState.HEALTHY, null, 1, 1)),
                Map.of("edge-db-api", Gate.SATISFIED));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        for (GraphNode n : t.nodes()) {
            assertThat(svg).contains("<g id=\"" + n.id() + "\">");
        }
        for (GraphEdge e : t.edges()) {
            assertThat(svg).contains("<path id=\"" + e.id() + "\"");
        }
        assertThat(svg).contains("#c8e6c9").contains(">healthy</text>");
        assertThat(SvgExport.render(t, Map.of(), Map.of())).isEqualTo(SvgExport.render(t, Map.of(), Map.of()));
    }

    @Test
    void escapesText() {
        assertThat(SvgExport.esc("a<b&\"c\">")).isEqualTo("a&lt;b&amp;&quot;c&quot;&gt;");
    }
}
