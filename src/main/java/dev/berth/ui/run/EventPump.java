package dev.berth.ui.run;

import dev.berth.engine.EngineEvent;
import dev.berth.engine.EventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries engine events from engine threads to the UI thread in batches: one hop per burst
 * instead of one per event, so a flood of log lines cannot starve the window.
 */
final class EventPump implements EventSink {
    private final ConcurrentLinkedQueue<EngineEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor ui;
    private final Consumer<List<EngineEvent>> handler;

    EventPump(Executor ui, Consumer<List<EngineEvent>> handler) {
        this.ui = ui;
        this.handler = handler;
    }

    @Override
    public void accept(EngineEvent event) {
        queue.add(event);
        if (scheduled.compareAndSet(false, true)) {
            ui.execute(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        List<EngineEvent> batch = new ArrayList<>();
        for (EngineEvent e; (e = queue.poll()) != null; ) {
            batch.add(e);
        }
        if (!batch.isEmpty()) {
            handler.accept(batch);
        }
    }
}
