package dev.berth.graph;

import static dev.berth.compose.model.DependsOn.Condition.SERVICE_COMPLETED_SUCCESSFULLY;
import static dev.berth.compose.model.DependsOn.Condition.SERVICE_HEALTHY;
import static dev.berth.compose.model.DependsOn.Condition.SERVICE_STARTED;
import static dev.berth.graph.ProjectFixture.project;
import static dev.berth.graph.ServiceState.COMPLETED;
import static dev.berth.graph.ServiceState.FAILED;
import static dev.berth.graph.ServiceState.HEALTHY;
import static dev.berth.graph.ServiceState.PENDING;
import static dev.berth.graph.ServiceState.STARTED;
import static dev.berth.graph.ServiceState.UNHEALTHY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadinessTest {
    private final ServiceGraph webapp = project("p")
            .service("web").dependsOn("db", SERVICE_HEALTHY).dependsOn("migrate", SERVICE_COMPLETED_SUCCESSFULLY)
            .service("migrate").dependsOn("db", SERVICE_HEALTHY)
            .service("worker").dependsOn("db", SERVICE_STARTED)
            .service("db")
            .graph();

    @Test
    void onlyServicesWithoutDependenciesAreReadyAtFirst() {
        assertThat(webapp.readyAfter(Set.of())).containsExactly("db");
    }

    @Test
    void satisfiedServicesReleaseTheirDependents() {
        assertThat(webapp.readyAfter(Set.of("db"))).containsExactly("migrate", "worker");
        assertThat(webapp.readyAfter(Set.of("db", "migrate"))).containsExactly("web", "worker");
    }

    @Test
    void conditionsDecideWithStates() {
        Map<String, ServiceState> states = Map.of("db", STARTED, "migrate", PENDING, "worker", PENDING, "web", PENDING);

        assertThat(webapp.ready(states)).containsExactly("worker");
        assertThat(webapp.ready(Map.of("db", HEALTHY, "migrate", PENDING, "web", PENDING))).containsExactly("migrate");
        assertThat(webapp.ready(Map.of("db", HEALTHY, "migrate", COMPLETED, "web", PENDING))).containsExactly("web");
    }

    @Test
    void whyWaitingNamesEachUnmetCondition() {
        Map<String, ServiceState> states = Map.of("db", STARTED, "migrate", PENDING, "web", PENDING);

        WaitReason reason = webapp.whyWaiting("web", states).orElseThrow();

        assertThat(reason.sentence()).isEqualTo("web waits: depends on db, condition healthy (db: started); "
                + "depends on migrate, condition completed_successfully (migrate: pending)");
        assertThat(reason.blockedForGood()).isFalse();
    }

    /** As {@code docker compose up}: service_healthy on a dependency that has no healthcheck fails, never waits. */
    @Test
    void aRunningDependencyWithoutHealthcheckCanNeverBeHealthyButIsStarted() {
        assertThat(ConditionCheck.check(SERVICE_HEALTHY, ServiceState.NO_HEALTHCHECK)).isEqualTo(ConditionCheck.Outcome.NEVER);
        assertThat(ConditionCheck.check(SERVICE_STARTED, ServiceState.NO_HEALTHCHECK)).isEqualTo(ConditionCheck.Outcome.MET);
        assertThat(ConditionCheck.check(SERVICE_HEALTHY, STARTED)).isEqualTo(ConditionCheck.Outcome.WAIT);

        WaitReason reason = webapp.whyWaiting("migrate", Map.of("db", ServiceState.NO_HEALTHCHECK, "migrate", PENDING))
                .orElseThrow();
        assertThat(reason.blockedForGood()).isTrue();
        assertThat(webapp.ready(Map.of("db", ServiceState.NO_HEALTHCHECK, "worker", PENDING))).containsExactly("worker");
    }

    @Test
    void whyWaitingIsEmptyOnceConditionsAreMet() {
        assertThat(webapp.whyWaiting("worker", Map.of("db", STARTED, "worker", PENDING))).isEmpty();
    }

    @Test
    void unhealthyOrFailedDependencyBlocksForGood() {
        WaitReason unhealthy = webapp.whyWaiting("migrate", Map.of("db", UNHEALTHY, "migrate", PENDING)).orElseThrow();
        WaitReason failed = webapp.whyWaiting("web", Map.of("db", HEALTHY, "migrate", FAILED)).orElseThrow();

        assertThat(unhealthy.sentence()).isEqualTo("migrate cannot start: depends on db, condition healthy (db: unhealthy)");
        assertThat(failed.blockedForGood()).isTrue();
    }

    @Test
    void requiredDependencyLeftOutOfTheRunWaits() {
        assertThat(webapp.ready(Map.of("worker", PENDING))).isEmpty();
        assertThat(webapp.whyWaiting("worker", Map.of("worker", PENDING)).orElseThrow().sentence())
                .isEqualTo("worker waits: depends on db, condition started (db: pending)");
    }

    @Test
    void optionalDependencyIsIgnoredWhenAbsentOrFailedButAwaitedWhenRunning() {
        ServiceGraph g = project("p").service("web").dependsOn("cache", SERVICE_HEALTHY, false, false)
                .service("cache").graph();

        assertThat(g.ready(Map.of("web", PENDING))).containsExactly("web");
        assertThat(g.ready(Map.of("web", PENDING, "cache", UNHEALTHY))).containsExactly("web");
        assertThat(g.ready(Map.of("web", PENDING, "cache", STARTED))).isEmpty();
    }

    @Test
    void implicitEdgesNeedTheOtherContainerStarted() {
        ServiceGraph g = project("p").service("proxy").networkMode("service:app").service("app").graph();

        assertThat(g.whyWaiting("proxy", Map.of("app", PENDING, "proxy", PENDING)).orElseThrow().sentence())
                .isEqualTo("proxy waits: shares the network of app (app: pending)");
        assertThat(g.ready(Map.of("app", STARTED, "proxy", PENDING))).containsExactly("proxy");
    }
}
