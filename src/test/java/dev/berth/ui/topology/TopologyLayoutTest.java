package dev.berth.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.ui.TestProjects;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopologyLayoutTest {
    private final TopologyLayout layout = new TopologyLayout();

    @Test
    void dependenciesSitLeftOfTheirDependants() {
        Topology t = layout.layout(TestProjects.webapp());
        double db = t.node("service-db").orElseThrow().x();
        double api = t.node("service-api").orElseThrow().x();
        double web = t.node("service-web").orElseThrow().x();
        assertThat(db).isLessThan(api);
        assertThat(api).isLessThan(web);
    }

    @Test
    void networksAndVolumesAreNodesBelowTheServices() {
        Topology t = layout.layout(TestProjects.webapp());
        double lowestService = t.nodes().stream().filter(n -> n.kind() == GraphNode.Kind.SERVICE)
                .mapToDouble(n -> n.y() + n.height()).max().orElseThrow();
        assertThat(t.node("network-front").orElseThrow().y()).isGreaterThan(lowestService);
        assertThat(t.node("volume-dbdata")).isPresent();
        assertThat(t.edges()).extracting(GraphEdge::id).contains("vol-db-dbdata", "net-api-back", "net-api-front");
    }

    @Test
    void edgesCarryTheConditionWord() {
        Topology t = layout.layout(TestProjects.webapp());
        GraphEdge e = t.edges().stream().filter(x -> x.id().equals("edge-db-api")).findFirst().orElseThrow();
        assertThat(e.label()).isEqualTo("healthy");
        assertThat(e.fromId()).isEqualTo("service-db");
        assertThat(e.dashed()).isFalse();
    }

    @Test
    void sameProjectGivesTheSameLayoutWhateverTheMapOrder() {
        Project a = TestProjects.webapp();
        Map<String, Service> reversed = new LinkedHashMap<>();
        List.of("db", "api", "web").forEach(n -> reversed.put(n, a.services().get(n)));
        Project b = new Project(a.name(), a.workingDir(), a.configFiles(), reversed, Map.of(), a.networks(), a.volumes(),
                Map.of(), Map.of(), Set.of(), Map.of());
        assertThat(layout.layout(b)).isEqualTo(layout.layout(a));
    }

    @Test
    void tickingAProfileMovesNothingItOnlyTurnsGhostsSolid() {
        Topology off = layout.layout(TestProjects.profiles(Set.of()));
        Topology on = layout.layout(TestProjects.profiles(Set.of("monitoring")));
        assertThat(off.node("service-metrics").orElseThrow().ghost()).isTrue();
        assertThat(on.node("service-metrics").orElseThrow().ghost()).isFalse();
        for (GraphNode n : off.nodes()) {
            GraphNode m = on.node(n.id()).orElseThrow();
            assertThat(m.x()).as(n.id()).isEqualTo(n.x());
            assertThat(m.y()).as(n.id()).isEqualTo(n.y());
        }
    }

    @Test
    void optionalDependencyIsDashedAndRequiredDisabledOneIsBrokenWithReason() {
        Topology t = layout.layout(TestProjects.profiles(Set.of("monitoring")));
        GraphEdge optional = t.edges().stream().filter(e -> e.id().equals("edge-debugger-dashboard")).findFirst().orElseThrow();
        assertThat(optional.dashed()).isTrue();
        assertThat(optional.broken()).isFalse();

        Project p = TestProjects.profiles(Set.of("monitoring"));
        Map<String, Service> on = new LinkedHashMap<>(p.services());
        on.put("dashboard", TestProjects.simple("dashboard", Map.of("debugger", TestProjects.started("debugger", true))));
        Project broken = new Project(p.name(), p.workingDir(), p.configFiles(), on, p.disabledServices(), Map.of(), Map.of(),
                Map.of(), Map.of(), p.activeProfiles(), Map.of());
        GraphEdge red = layout.layout(broken).edges().stream().filter(e -> e.id().equals("edge-debugger-dashboard")).findFirst().orElseThrow();
        assertThat(red.broken()).isTrue();
        assertThat(red.reason()).isEqualTo("dashboard requires debugger, which is switched off (profile debug is not active)");
    }

    @Test
    void servicesWithoutDependenciesStandSideBySideNotInAColumn() throws Exception {
        Topology t = layout.layout(LayoutRulesTest.load(Path.of("src/test/resources/ui/layout/unrelated.yaml")));
        List<GraphNode> services = t.nodes().stream().filter(n -> n.kind() == GraphNode.Kind.SERVICE).toList();
        assertThat(services).hasSize(3);
        assertThat(services).extracting(GraphNode::y).containsOnly(services.getFirst().y());
        assertThat(services).extracting(GraphNode::x).doesNotHaveDuplicates();
    }

    @Test
    void aLineThatSkipsAColumnPassesThroughASlotKeptFreeInIt() throws Exception {
        Topology t = layout.layout(LayoutRulesTest.load(Path.of("src/test/resources/ui/layout/skipping.yaml")));
        GraphEdge skip = t.edges().stream().filter(e -> e.id().equals("edge-db-web")).findFirst().orElseThrow();
        assertThat(skip.via()).hasSize(1);
        GraphNode api = t.node("service-api").orElseThrow();
        assertThat(skip.via().getFirst().left()).isEqualTo(api.x());
        assertThat(t.node("service-cache").orElseThrow().y()).isEqualTo(t.node("service-mail").orElseThrow().y());
    }

    @Test
    void twoHundredServicesNeverOverlap() {
        Map<String, Service> many = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            String name = "svc" + i;
            many.put(name, TestProjects.simple(name, i < 10 ? Map.of() : Map.of("svc" + (i % 10), TestProjects.healthy("svc" + (i % 10)))));
        }
        Project p = new Project("big", Path.of("/tmp"), List.of(), many, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), Map.of());
        Topology t = layout.layout(p);
        assertThat(t.nodes()).hasSize(200);
        long distinct = t.nodes().stream().map(n -> n.x() + "," + n.y()).distinct().count();
        assertThat(distinct).isEqualTo(200);
    }
}
