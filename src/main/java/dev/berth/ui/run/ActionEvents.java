package dev.berth.ui.run;

import dev.berth.engine.EngineEvent;
import dev.berth.engine.EventSink;

/**
 * What the window's own actions (up, start, restart...) report, as the window takes it. An action's "container
 * started" says only that the engine's start call returned; the engine's events, which the window follows, say when
 * the container started and whether it has ended since. A container that exits at once reaches the window as start,
 * die, then the action's report: taken as "started", it showed running for good. So the action's report counts as
 * "runs, if nothing newer is known" ({@link EngineEvent.Phase#RUNNING}); the engine's events set the state.
 */
final class ActionEvents implements EventSink {
    private final EventSink window;

    ActionEvents(EventSink window) {
        this.window = window;
    }

    @Override
    public void accept(EngineEvent event) {
        if (event instanceof EngineEvent.ResourceChanged r && r.kind() == EngineEvent.Kind.CONTAINER
                && r.phase() == EngineEvent.Phase.STARTED) {
            window.accept(new EngineEvent.ResourceChanged(r.kind(), r.resourceName(), r.serviceName(),
                    EngineEvent.Phase.RUNNING, r.detail(), r.exitCode()));
        } else {
            window.accept(event);
        }
    }
}
