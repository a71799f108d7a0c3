package dev.berth.ui.run;

import dev.berth.engine.EngineEvent;
import dev.berth.engine.EventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries engine events from engine threads to the UI thread in batches: one hop per burst
 * instead of one per event, so a flood of log lines cannot starve the window. Paced (the window),
 * a batch is handed over at most once per frame: what arrives sooner waits for the next one, so a
 * 200-service `up` costs one pass over the changed services per frame, each at its latest state.
 */
final class EventPump implements EventSink {
    private final ConcurrentLinkedQueue<EngineEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor ui;
    private final Consumer<List<EngineEvent>> handler;
    private volatile long frameNanos;
    private volatile long lastDrain = Long.MIN_VALUE / 2;

    EventPump(Executor ui, Consumer<List<EngineEvent>> handler) {
        this.ui = ui;
        this.handler = handler;
    }

    /** At most one batch per {@code millis} (a frame); 0 hands over every burst at once. */
    void pace(long millis) {
        frameNanos = TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Override
    public void accept(EngineEvent event) {
        queue.add(event);
        if (scheduled.compareAndSet(false, true)) {
            long wait = frameNanos - (System.nanoTime() - lastDrain);
            if (wait <= 0) {
                ui.execute(this::drain);
            } else {
                CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, ui).execute(this::drain);
            }
        }
    }

    private void drain() {
        lastDrain = System.nanoTime();
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
