package dev.berth.ui.stack;

import dev.berth.stack.StackEngine;
import dev.berth.stack.StackViews.StackState;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One stack on a Swarm as the window shows it: its services, tasks and nodes, asked of the engine every
 * {@code periodMillis} off the UI thread (Swarm's task states change without container events on this engine's
 * socket for other nodes' tasks), published on the UI thread. Only this class talks to the stack engine.
 */
public final class StackViewModel {
    private final StackEngine engine;
    private final ScheduledExecutorService background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<StackState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private ScheduledFuture<?> polling;

    public StackViewModel(StackEngine engine, ScheduledExecutorService background, Executor ui) {
        this.engine = engine;
        this.background = background;
        this.ui = ui;
    }

    /** Follows {@code namespace} until {@link #stop()}. */
    public void follow(String namespace, long periodMillis) {
        stop();
        polling = background.scheduleWithFixedDelay(() -> refresh(namespace, ui::execute), 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void refresh(String namespace, Consumer<Runnable> onUi) {
        try {
            StackState now = engine.state(namespace);
            onUi.accept(() -> {
                state.set(now);
                status.set(now.services().isEmpty() ? "Nothing found in stack " + namespace : "");
            });
        } catch (RuntimeException e) {
            onUi.accept(() -> status.set("Swarm: " + e.getMessage()));
        }
    }

    public void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    public ReadOnlyObjectProperty<StackState> state() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
