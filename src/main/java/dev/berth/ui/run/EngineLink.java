package dev.berth.ui.run;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Whether the window's Docker Engine answers. When its event stream ends the engine is shown gone, and asked again
 * every {@link #RETRY} off the UI thread until it answers; then the window follows the project again by itself.
 */
final class EngineLink {
    static final Duration RETRY = Duration.ofMillis(500);

    private final ReadOnlyBooleanWrapper answering = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Executor background;
    private final Executor ui;
    /** Counts losses and closes: a retry loop ends when the generation it was started for is over. */
    private volatile int generation;

    EngineLink(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** On the UI thread: the engine went away; {@code answers} is asked until true, then {@code back} runs (UI). */
    void lost(String message, BooleanSupplier answers, Runnable back) {
        if (!answering.get()) {
            return;
        }
        int mine = ++generation;
        answering.set(false);
        status.set("Docker Engine gone: " + message + " Reconnecting…");
        background.execute(() -> {
            while (mine == generation) {
                try {
                    Thread.sleep(RETRY);
                } catch (InterruptedException e) {
                    return;
                }
                if (mine == generation && answers.getAsBoolean()) {
                    ui.execute(() -> reconnected(mine, back));
                    return;
                }
            }
        });
    }

    private void reconnected(int mine, Runnable back) {
        if (mine != generation) {
            return;
        }
        answering.set(true);
        status.set("Docker Engine back");
        back.run();
    }

    /** Stops a retry loop (the window closes or follows another project). */
    void close() {
        generation++;
        answering.set(true);
    }

    ReadOnlyBooleanProperty answeringProperty() {
        return answering.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
