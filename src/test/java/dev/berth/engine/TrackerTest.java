package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.DockerGateway.DockerEvent;
import dev.berth.graph.ServiceState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tracker's picture of a container when an inspect's answer and the event stream race. */
class TrackerTest {
    private static final String ID = "c0ffee";
    private static final Map<String, String> ATTRS = Map.of("name", "demo-db-1", Labels.SERVICE, "db",
            Labels.PROJECT, "demo");

    private static ContainerState inspected(String health) {
        return new ContainerState(ID, "demo-db-1", "db", 1, false, "img", "running", health, null, "Up", null, 0,
                List.of(), List.of(), Map.of(Labels.SERVICE, "db"));
    }

    /** A tracker that has just seen this run create the container: nothing known of its health yet. */
    private static Tracker createdByThisRun() {
        Tracker tracker = new Tracker(event -> { });
        tracker.created(ID, "demo-db-1", "db");
        return tracker;
    }

    private static dev.berth.graph.ServiceState state(Tracker tracker) {
        return Conditions.stateOf(tracker.containersOf("db").getFirst());
    }

    private static String health(Tracker tracker) {
        return tracker.containersOf("db").getFirst().health();
    }

    @Test
    void aHealthEventThatOvertookTheInspectAfterStartIsKept() {
        Tracker tracker = new Tracker(event -> { });
        long before = tracker.eventsFor("demo-db-1");
        // start returned; the healthcheck passed and its event arrived while the inspect was still on its way
        tracker.onEvent(new DockerEvent("container", "start", ID, ATTRS, 1));
        tracker.onEvent(new DockerEvent("container", "health_status: healthy", ID, ATTRS, 2));
        tracker.putUnlessNewer(inspected("starting"), before);
        assertThat(health(tracker)).isEqualTo("healthy"); // health events do not repeat: "starting" would wait forever
    }

    /** Prevents an up waiting for ever on a dependency that turned healthy between its subscription and its snapshot. */
    @Test
    void aContainerFirstHeardOfByAHealthEventIsRunningAndStaysSoWhenTheSnapshotFollows() {
        Tracker tracker = new Tracker(event -> { });
        tracker.onEvent(new DockerEvent("container", "health_status: healthy", ID, ATTRS, 1));
        tracker.seed(List.of(inspected("starting")));
        Tracker.Live db = tracker.containersOf("db").getFirst();
        assertThat(db.state()).isEqualTo("running");
        assertThat(db.health()).isEqualTo("healthy");
        assertThat(Conditions.stateOf(db)).isEqualTo(ServiceState.HEALTHY);
    }

    @Test
    void anInspectAfterTheStartEventStillTellsThatTheContainerHasAHealthcheck() {
        Tracker tracker = new Tracker(event -> { });
        tracker.created(ID, "demo-db-1", "db");
        long before = tracker.eventsFor("demo-db-1");
        tracker.onEvent(new DockerEvent("container", "start", ID, ATTRS, 1));
        tracker.putUnlessNewer(inspected("starting"), before);
        assertThat(health(tracker)).isEqualTo("starting"); // not "no healthcheck configured"
    }

    /** Prevents "has no healthcheck configured" for a dependency whose start event beat the inspect after start. */
    @Test
    void aStartEventBeforeTheInspectLeavesTheHealthcheckUndecidedUntilTheInspectTells() {
        Tracker tracker = createdByThisRun();
        long before = tracker.eventsFor("demo-db-1");
        tracker.onEvent(new DockerEvent("container", "start", ID, ATTRS, 1));
        assertThat(state(tracker))
                .as("running, healthcheck not known yet").isEqualTo(dev.berth.graph.ServiceState.STARTED);
        tracker.putUnlessNewer(inspected(null), before);
        assertThat(state(tracker))
                .as("the inspect says there is none").isEqualTo(dev.berth.graph.ServiceState.NO_HEALTHCHECK);
    }

    @Test
    void anInspectAfterALateCreateEventStillTellsWhetherThereIsAHealthcheck() {
        Tracker tracker = createdByThisRun();
        long before = tracker.eventsFor("demo-db-1");
        tracker.onEvent(new DockerEvent("container", "create", ID, ATTRS, 1)); // late: counted after the start call
        tracker.putUnlessNewer(inspected(null), before);
        tracker.onEvent(new DockerEvent("container", "start", ID, ATTRS, 2));
        assertThat(state(tracker))
                .as("known to have none: a service_healthy wait fails at once").isEqualTo(dev.berth.graph.ServiceState.NO_HEALTHCHECK);
    }

    @Test
    void aStartEventBeforeTheInspectOfAContainerWithAHealthcheckWaitsForItsHealth() {
        Tracker tracker = createdByThisRun();
        long before = tracker.eventsFor("demo-db-1");
        tracker.onEvent(new DockerEvent("container", "start", ID, ATTRS, 1));
        tracker.putUnlessNewer(inspected("starting"), before);
        tracker.onEvent(new DockerEvent("container", "health_status: healthy", ID, ATTRS, 2));
        assertThat(state(tracker)).isEqualTo(dev.berth.graph.ServiceState.HEALTHY);
    }

    @Test
    void anInspectWithNoEventSinceIsTaken() {
        Tracker tracker = new Tracker(event -> { });
        tracker.created(ID, "demo-db-1", "db");
        long before = tracker.eventsFor("demo-db-1");
        tracker.putUnlessNewer(inspected("starting"), before);
        assertThat(health(tracker)).isEqualTo("starting");
        assertThat(tracker.containersOf("db").getFirst().state()).isEqualTo("running");
    }

    /** Prevents an up hanging forever on a health wait when the engine died without reporting the container's end. */
    @Test
    void aWaitBlockedWhenTheEngineEndsItsStreamFailsInsteadOfWaitingForever() throws Exception {
        Tracker tracker = new Tracker(event -> { });
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                tracker.await(java.util.Optional::empty, null);
            } catch (EngineException | InterruptedException e) {
                failed.set(e);
            }
        });
        tracker.streamEnded("the Docker Engine at unix:///x ended its event stream");
        waiter.join(10_000);
        assertThat(waiter.isAlive()).isFalse();
        assertThat(failed.get()).isInstanceOf(EngineException.class)
                .hasMessage("the Docker Engine at unix:///x ended its event stream");
        assertThat(((EngineException) failed.get()).reason()).isEqualTo(EngineException.Reason.UNREACHABLE);
    }

    /** Prevents an up waiting forever for a dependency that a down in another terminal removed (it looked running). */
    @Test
    void aContainerRemovedWhileItsInspectWasOnItsWayIsNotBroughtBack() {
        Tracker tracker = new Tracker(event -> { });
        tracker.created(ID, "demo-db-1", "db");
        long before = tracker.eventsFor("demo-db-1");
        tracker.onEvent(new DockerEvent("container", "start", ID, ATTRS, 1));
        tracker.onEvent(new DockerEvent("container", "die", ID, Map.of("name", "demo-db-1", Labels.SERVICE, "db",
                Labels.PROJECT, "demo", "exitCode", "143"), 2));
        tracker.onEvent(new DockerEvent("container", "destroy", ID, ATTRS, 3));
        tracker.putUnlessNewer(inspected("starting"), before);
        assertThat(tracker.containersOf("db")).isEmpty();
    }
}
