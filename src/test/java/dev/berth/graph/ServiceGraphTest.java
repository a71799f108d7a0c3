package dev.berth.graph;

import static dev.berth.compose.model.DependsOn.Condition.SERVICE_COMPLETED_SUCCESSFULLY;
import static dev.berth.compose.model.DependsOn.Condition.SERVICE_HEALTHY;
import static dev.berth.compose.model.DependsOn.Condition.SERVICE_STARTED;
import static dev.berth.graph.ProjectFixture.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceGraphTest {

    @Test
    void readsEveryKindOfEdge() {
        ServiceGraph g = project("p")
                .service("web").dependsOn("db", SERVICE_HEALTHY, true, true).link("cache:redis")
                .volumesFrom("data:ro").volumesFrom("container:outside")
                .service("sidecar").networkMode("service:web").tree("ipc", "service:web").tree("pid", "service:db")
                .service("db").service("cache").service("data")
                .graph();

        assertThat(g.edges()).containsExactly(
                new Edge("sidecar", "db", EdgeKind.PID, SERVICE_STARTED, true, false),
                new Edge("sidecar", "web", EdgeKind.NETWORK_MODE, SERVICE_STARTED, true, false),
                new Edge("sidecar", "web", EdgeKind.IPC, SERVICE_STARTED, true, false),
                new Edge("web", "cache", EdgeKind.LINKS, SERVICE_STARTED, true, false),
                new Edge("web", "data", EdgeKind.VOLUMES_FROM, SERVICE_STARTED, true, false),
                new Edge("web", "db", EdgeKind.DEPENDS_ON, SERVICE_HEALTHY, true, true));
    }

    @Test
    void hostNetworkModeAndContainerReferencesMakeNoEdge() {
        ServiceGraph g = project("p").service("a").networkMode("host").tree("ipc", "shareable")
                .tree("pid", "container:x").graph();

        assertThat(g.edges()).isEmpty();
    }

    @Test
    void startOrderPutsDependenciesFirstAndBreaksTiesByName() {
        ServiceGraph g = project("p")
                .service("web").dependsOn("db").dependsOn("cache")
                .service("worker").dependsOn("db")
                .service("db").service("cache").service("admin")
                .graph();

        assertThat(g.startOrder()).containsExactly("admin", "cache", "db", "web", "worker");
        assertThat(g.stopOrder()).containsExactly("admin", "web", "cache", "worker", "db");
    }

    @Test
    void startOrderIsTheSameWhateverTheDeclarationOrder() {
        ServiceGraph forward = project("p").service("c").dependsOn("a").service("b").service("a").graph();
        ServiceGraph backward = project("p").service("a").service("b").service("c").dependsOn("a").graph();

        assertThat(forward.startOrder()).containsExactly("a", "b", "c").isEqualTo(backward.startOrder());
    }

    @Test
    void startOrderOverAScopeIgnoresTheRest() {
        ServiceGraph g = project("p").service("web").dependsOn("db").service("db").service("other").graph();

        assertThat(g.startOrder(List.of("web", "db"))).containsExactly("db", "web");
        assertThatThrownBy(() -> g.startOrder(List.of("nope"))).hasMessage("no such service: nope");
    }

    @Test
    void cycleIsNamedAsAClosedPath() {
        ServiceGraph g = project("p")
                .service("a").dependsOn("b")
                .service("b").link("c")
                .service("c").dependsOn("a", SERVICE_COMPLETED_SUCCESSFULLY)
                .service("d").dependsOn("a")
                .graph();

        assertThat(g.findCycle()).contains(List.of("a", "b", "c", "a"));
        assertThatThrownBy(g::startOrder).isInstanceOf(DependencyCycleException.class)
                .hasMessage("dependency cycle detected: a -> b -> c -> a");
    }

    @Test
    void selfDependencyIsACycle() {
        ServiceGraph g = project("p").service("a").dependsOn("a").graph();

        assertThatThrownBy(g::requireAcyclic).hasMessage("dependency cycle detected: a -> a");
    }

    @Test
    void acyclicGraphHasNoCycle() {
        ServiceGraph g = project("p").service("a").dependsOn("b").service("b").service("c").dependsOn("b").graph();

        assertThat(g.findCycle()).isEmpty();
    }

    @Test
    void edgesToUnknownServicesAreLeftOut() {
        ServiceGraph g = project("p").service("a").dependsOn("ghost").graph();

        assertThat(g.edges()).isEmpty();
        assertThat(g.serviceNames()).containsExactly("a");
    }

    @Test
    void pulledInFollowsRequiredEdgesAndOptionalOnesToEnabledServices() {
        ServiceGraph g = project("p")
                .service("web").dependsOn("api").dependsOn("metrics", SERVICE_STARTED, false, false)
                .dependsOn("cache", SERVICE_STARTED, false, false)
                .service("api").dependsOn("db", SERVICE_HEALTHY)
                .service("db").service("cache").service("unrelated")
                .service("metrics").disabled()
                .graph();

        assertThat(g.pulledIn(List.of("web"))).containsExactly("api", "cache", "db", "web");
        assertThat(g.pulledIn(List.of("db"))).containsExactly("db");
    }

    @Test
    void pulledInIncludesADisabledServiceARequiredEdgeNames() {
        ServiceGraph g = project("p").service("web").dependsOn("debug")
                .service("debug").disabled().graph();

        assertThat(g.pulledIn(List.of("web"))).containsExactly("debug", "web");
        assertThat(g.isEnabled("debug")).isFalse();
        assertThat(g.enabledServiceNames()).containsExactly("web");
    }
}
