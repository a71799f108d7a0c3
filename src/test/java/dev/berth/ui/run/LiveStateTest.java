package dev.berth.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineEvent.Phase;
import dev.berth.ui.TestProjects;
import dev.berth.ui.topology.ContainerState;
import dev.berth.ui.topology.Gate;
import org.junit.jupiter.api.Test;

class LiveStateTest {
    private final Project webapp = TestProjects.webapp();
    private final LiveState live = new LiveState(webapp);

    private static EngineEvent.ResourceChanged c(String container, String service, Phase phase) {
        return EngineEvent.ResourceChanged.container(container, service, phase);
    }

    @Test
    void aServiceWithAHealthcheckIsStartingUntilHealthy() {
        live.apply(c("webapp-db-1", "db", Phase.CREATED));
        live.apply(c("webapp-db-1", "db", Phase.STARTED));
        assertThat(live.status("db").state()).isEqualTo(ContainerState.STARTING);
        live.apply(c("webapp-db-1", "db", Phase.HEALTHY));
        assertThat(live.status("db").state()).isEqualTo(ContainerState.HEALTHY);
    }

    @Test
    void aHealthyContainerThatUpLeavesAloneStaysHealthy() {
        live.apply(c("webapp-db-1", "db", Phase.STARTED));
        live.apply(c("webapp-db-1", "db", Phase.HEALTHY));
        live.apply(c("webapp-db-1", "db", Phase.RUNNING));
        assertThat(live.status("db").state()).isEqualTo(ContainerState.HEALTHY);
        live.apply(c("webapp-web-1", "web", Phase.RUNNING)); // first heard of: running (no healthcheck)
        assertThat(live.status("web").state()).isEqualTo(ContainerState.RUNNING);
    }

    @Test
    void exitedKeepsItsCode() {
        live.apply(c("webapp-web-1", "web", Phase.STARTED));
        live.apply(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, "webapp-web-1", "web", Phase.EXITED, null, 137));
        assertThat(live.status("web").text()).isEqualTo("exited (137)");
    }

    @Test
    void gateIsPendingThenSatisfiedThenFailed() {
        assertThat(live.gate("api", healthy("db"))).isEqualTo(Gate.NONE);
        live.apply(c("webapp-db-1", "db", Phase.STARTED));
        assertThat(live.gate("api", healthy("db"))).isEqualTo(Gate.PENDING);
        live.apply(c("webapp-db-1", "db", Phase.HEALTHY));
        assertThat(live.gate("api", healthy("db"))).isEqualTo(Gate.SATISFIED);
        live.apply(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, "webapp-db-1", "db", Phase.UNHEALTHY,
                "nc: connection refused", null));
        assertThat(live.gate("api", healthy("db"))).isEqualTo(Gate.FAILED);
    }

    /** The engine fails a required service_healthy on a dependency without a healthcheck; the gate must agree. */
    @Test
    void aHealthyGateOnADependencyWithoutHealthcheckFailsWhenRequiredAndIsPassedWhenOptional() {
        Project p = new Project("p", java.nio.file.Path.of("/tmp/p"), java.util.List.of(), java.util.Map.of(
                "db", TestProjects.simple("db", java.util.Map.of()),
                "api", TestProjects.simple("api", java.util.Map.of("db", healthy("db"))),
                "opt", TestProjects.simple("opt", java.util.Map.of("db", new dev.berth.compose.model.DependsOn("db",
                        dev.berth.compose.model.DependsOn.Condition.SERVICE_HEALTHY, false, false)))),
                java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of(),
                java.util.Set.of(), java.util.Map.of());
        LiveState state = new LiveState(p);
        state.apply(c("p-db-1", "db", Phase.STARTED));
        assertThat(state.status("db").state()).isEqualTo(ContainerState.RUNNING);
        assertThat(state.gate("api", p.service("api").dependsOn().get("db"))).isEqualTo(Gate.FAILED);
        assertThat(state.gate("opt", p.service("opt").dependsOn().get("db"))).isEqualTo(Gate.SATISFIED);
    }

    @Test
    void aWaitingServiceSaysWhatItWaitsForWithTheLastHealthOutput() {
        live.apply(c("webapp-db-1", "db", Phase.STARTED));
        live.apply(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, "webapp-db-1", "db", Phase.UNHEALTHY,
                "nc: connection refused", null));
        live.apply(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, "webapp-api-1", "api", Phase.CREATED, null, null));
        assertThat(live.whyWaiting("api"))
                .isEqualTo("cannot start, waiting for db: healthy (db is unhealthy, last output: nc: connection refused)");
    }

    @Test
    void theEnginesOwnReasonWins() {
        live.apply(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, "webapp-api-1", "api", Phase.WAITING,
                "waiting for db: healthy, 2 of 5 probes failed", null));
        assertThat(live.whyWaiting("api")).isEqualTo("waiting for db: healthy, 2 of 5 probes failed");
    }

    @Test
    void aServiceNotWaitingSaysNothing() {
        live.apply(c("webapp-db-1", "db", Phase.STARTED));
        assertThat(live.whyWaiting("db")).isEmpty();
    }

    @Test
    void replicasFoldIntoOneStatusCountingThoseUp() {
        var status = Replica.fold(java.util.List.of(new Replica(ContainerState.RUNNING, null),
                new Replica(ContainerState.RESTARTING, null), new Replica(ContainerState.RUNNING, null)), 3);
        assertThat(status.state()).isEqualTo(ContainerState.RESTARTING);
        assertThat(status.text()).isEqualTo("restarting  2/3");
    }

    @Test
    void removedContainersAreForgotten() {
        live.apply(c("webapp-db-1", "db", Phase.STARTED));
        live.apply(c("webapp-db-1", "db", Phase.REMOVED));
        assertThat(live.status("db").state()).isEqualTo(ContainerState.NOT_CREATED);
    }

    /** A snapshot asked for before a container's last events does not undo them (a one-shot that exited meanwhile). */
    @Test
    void aSnapshotOlderThanTheEventsSinceLeavesWhatTheyChanged() {
        live.apply(c("webapp-web-1", "web", Phase.STARTED));
        long mark = live.mark();
        live.apply(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, "webapp-web-1", "web", Phase.EXITED, null, 0));
        live.seed(snapshot(running("webapp-web-1", "web"), running("webapp-api-1", "api")), mark);
        assertThat(live.status("web").state()).as("the exit came after the snapshot was asked for").isEqualTo(ContainerState.EXITED);
        assertThat(live.status("api").state()).as("untouched since: the snapshot tells").isEqualTo(ContainerState.RUNNING);

        live.seed(snapshot(running("webapp-web-1", "web")), live.mark());
        assertThat(live.status("web").state()).as("a snapshot asked for after the exit wins").isEqualTo(ContainerState.RUNNING);
        assertThat(live.status("api").state()).isEqualTo(ContainerState.NOT_CREATED);
    }

    private static dev.berth.engine.ContainerState running(String name, String service) {
        return new dev.berth.engine.ContainerState("id-" + name, name, service, 1, false, "img", "running", null, null, "Up",
                null, 0, java.util.List.of(), java.util.List.of(), java.util.Map.of());
    }

    private static dev.berth.engine.ProjectState snapshot(dev.berth.engine.ContainerState... containers) {
        return new dev.berth.engine.ProjectState("webapp", java.util.List.of(containers), java.util.List.of(),
                java.util.List.of(), java.util.Map.of());
    }

    private static dev.berth.compose.model.DependsOn healthy(String name) {
        return TestProjects.healthy(name);
    }
}
