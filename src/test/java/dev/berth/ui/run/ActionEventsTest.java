package dev.berth.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineEvent.Phase;
import dev.berth.ui.TestProjects;
import dev.berth.ui.topology.ContainerState;
import org.junit.jupiter.api.Test;

/**
 * The window takes an action's "started" as "runs, unless something newer is known": the engine's followed events
 * set the state, whichever order the two reach the window in (web has no healthcheck in the webapp sample).
 */
class ActionEventsTest {
    private final LiveState live = new LiveState(TestProjects.webapp());
    private final ActionEvents action = new ActionEvents(live::apply);

    private static EngineEvent.ResourceChanged c(Phase phase) {
        return EngineEvent.ResourceChanged.container("webapp-web-1", "web", phase);
    }

    @Test
    void aContainerThatExitsAtOnceStaysExitedWhenTheActionsReportComesLast() {
        action.accept(c(Phase.STARTING));
        live.apply(c(Phase.STARTED)); // the engine's start event
        live.apply(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, "webapp-web-1", "web", Phase.EXITED, null, 0));
        action.accept(c(Phase.STARTED)); // the start call returned after the container had ended
        assertThat(live.status("web").state()).isEqualTo(ContainerState.EXITED);
        assertThat(live.status("web").exitCode()).isZero();
    }

    @Test
    void theEnginesStartEventMakesItRunningWhenTheActionsReportComesFirst() {
        action.accept(c(Phase.STARTING));
        action.accept(c(Phase.STARTED));
        assertThat(live.status("web").state()).isEqualTo(ContainerState.STARTING);
        live.apply(c(Phase.STARTED));
        assertThat(live.status("web").state()).isEqualTo(ContainerState.RUNNING);
    }

    @Test
    void aRestartByTheEngineItselfStillShowsRunning() {
        live.apply(c(Phase.STARTED));
        live.apply(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, "webapp-web-1", "web", Phase.EXITED, null, 1));
        live.apply(c(Phase.STARTED)); // restart: unless-stopped
        assertThat(live.status("web").state()).isEqualTo(ContainerState.RUNNING);
    }

    @Test
    void anActionsReportOfAContainerNothingElseToldOfStillCounts() {
        action.accept(c(Phase.STARTED));
        assertThat(live.status("web").state()).isEqualTo(ContainerState.RUNNING);
    }
}
