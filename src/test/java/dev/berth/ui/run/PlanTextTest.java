package dev.berth.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Network;
import dev.berth.engine.Operation;
import dev.berth.engine.Plan;
import dev.berth.ui.TestProjects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanTextTest {
    @Test
    void previewSaysCreateRecreateKeepAndRemoveWithCauses() {
        Map<String, List<Operation>> lanes = new LinkedHashMap<>();
        lanes.put("db", List.of());
        lanes.put("api", List.of(new Operation.StopContainer("api", "webapp-api-1", 10, "config changed"),
                new Operation.RemoveContainer("api", "webapp-api-1", false, "config changed"),
                new Operation.CreateContainer("api", "webapp-api-1", 1, "config changed")));
        lanes.put("web", List.of(new Operation.AwaitDependencies("web", List.of(TestProjects.healthy("api")), "depends_on"),
                new Operation.CreateContainer("web", "webapp-web-1", 1, "not created yet")));
        Plan plan = new Plan("webapp", List.of(new Operation.CreateNetwork(
                new Network("front", "webapp_front", null, false, false, false, Map.of()), "missing")), lanes,
                List.of(new Operation.RemoveContainer("old", "webapp-old-1", false, "orphan")), List.of());
        assertThat(PlanText.summary(plan)).containsExactly(
                "create network webapp_front (missing)",
                "keep db (up to date)",
                "recreate api (config changed)",
                "create web (not created yet)",
                "remove container webapp-old-1 (orphan)");
    }

    @Test
    void stepModeSaysWhatAndWhyInPlainWords() {
        assertThat(PlanText.plain(new Operation.AwaitDependencies("web", List.of(TestProjects.healthy("api")), "web depends on api")))
                .isEqualTo("Wait before starting web until api is healthy, because web depends on api.");
        assertThat(PlanText.plain(new Operation.CreateContainer("db", "webapp-db-1", 1, "it does not exist yet")))
                .isEqualTo("Create container webapp-db-1 for db, because it does not exist yet.");
    }
}
