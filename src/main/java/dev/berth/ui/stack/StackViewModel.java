package dev.berth.ui.stack;

import dev.berth.compose.model.Project;
import dev.berth.stack.DeployOptions;
import dev.berth.stack.StackEngine;
import dev.berth.stack.StackOutput;
import dev.berth.stack.StackPlan;
import dev.berth.stack.StackViews.StackState;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One stack on a Swarm as the window shows and changes it. The state is asked again as soon as the engine reports a
 * service, node or container event (coalesced), and every {@code pollMillis} besides: tasks on other nodes send no
 * event to the manager. Deploy, scale, image, roll back and remove run off the UI thread; their outcome and errors go
 * to {@link #status()}. Only this class talks to the stack engine, which is connected on first use.
 */
public final class StackViewModel {
    private final Supplier<StackEngine> connect;
    private final ScheduledExecutorService background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<StackState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty selected = new SimpleStringProperty();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private volatile StackEngine engine;
    private volatile String namespace;
    private ScheduledFuture<?> polling;
    private AutoCloseable events;

    public StackViewModel(Supplier<StackEngine> connect, ScheduledExecutorService background, Executor ui) {
        this.connect = connect;
        this.background = background;
        this.ui = ui;
    }

    /** Follows {@code namespace} until {@link #stop()}: events as they come, and a poll every {@code pollMillis}. */
    public void follow(String namespace, long pollMillis) {
        stop();
        this.namespace = namespace;
        polling = background.scheduleWithFixedDelay(this::refresh, 0, pollMillis, TimeUnit.MILLISECONDS);
        background.execute(() -> {
            try {
                AutoCloseable watch = engine().watch(this::refreshSoon);
                synchronized (this) {
                    events = watch;
                }
                if (polling.isCancelled()) {
                    stop(); // stopped while the stream was being opened
                }
            } catch (RuntimeException e) {
                ui.execute(() -> status.set("Swarm: " + e.getMessage()));
            }
        });
    }

    /** A burst of events (a rolling update sends several a second) becomes one refresh. */
    private void refreshSoon() {
        if (refreshPending.compareAndSet(false, true)) {
            background.schedule(() -> {
                refreshPending.set(false);
                refresh();
            }, 80, TimeUnit.MILLISECONDS);
        }
    }

    private void refresh() {
        String ns = namespace;
        if (ns == null) {
            return;
        }
        try {
            StackState now = engine().state(ns);
            ui.execute(() -> {
                if (ns.equals(namespace)) {
                    state.set(now);
                }
            });
        } catch (RuntimeException e) {
            ui.execute(() -> status.set("Swarm: " + e.getMessage()));
        }
    }

    /** The deploy's preview with causes, for {@code then} on the UI thread. */
    public void preview(Project project, Consumer<StackPlan> then) {
        run("Planning the deploy of " + project.name(), () -> {
            StackPlan plan = engine().plan(project, options(project.name()));
            ui.execute(() -> then.accept(plan));
            return "";
        });
    }

    public void deploy(Project project, StackPlan plan) {
        run("Deploying " + project.name(), () -> {
            List<String> errors = engine().deploy(project, plan, options(project.name()), quiet());
            return errors.isEmpty() ? "Deployed stack " + project.name() : String.join("; ", errors);
        });
    }

    public void scale(String service, long replicas) {
        run("Scaling " + service, () -> done(engine().scale(namespace, service, replicas), "Scaled " + service + " to " + replicas));
    }

    public void updateImage(String service, String image) {
        run("Updating " + service, () -> done(engine().updateImage(namespace, service, image), "Updating " + service + " to " + image));
    }

    public void rollback(String service) {
        run("Rolling back " + service, () -> done(engine().rollback(namespace, service), "Rolling back " + service));
    }

    public void remove() {
        String ns = namespace;
        run("Removing stack " + ns, () -> engine().remove(List.of(ns), true, quiet())
                ? "Removed stack " + ns : "Some objects of stack " + ns + " could not be removed");
    }

    private static String done(List<String> warnings, String message) {
        return warnings.isEmpty() ? message : message + " (" + String.join("; ", warnings) + ")";
    }

    private interface Work {
        String call() throws Exception;
    }

    private void run(String doing, Work work) {
        busy.set(true);
        status.set(doing + "…");
        background.execute(() -> {
            String outcome;
            try {
                outcome = work.call();
            } catch (Exception e) {
                outcome = "Swarm: " + e.getMessage();
            }
            String shown = outcome;
            ui.execute(() -> {
                busy.set(false);
                status.set(shown.isEmpty() ? "" : shown);
            });
            refreshSoon();
        });
    }

    private DeployOptions options(String ns) {
        return new DeployOptions(ns, false, "always", null, true, true);
    }

    private StackEngine engine() {
        StackEngine e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = connect.get();
                }
                e = engine;
            }
        }
        return e;
    }

    private static StackOutput quiet() {
        return new StackOutput() {
            public void out(String line) { }

            public void err(String line) { }
        };
    }

    public void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
        synchronized (this) {
            if (events != null) {
                try {
                    events.close();
                } catch (Exception e) {
                    // the stream is gone either way
                }
                events = null;
            }
        }
    }

    /** A message for the person, in the status line of the Swarm target. */
    public void tell(String message) {
        status.set(message);
    }

    public String namespace() {
        return namespace;
    }

    public ReadOnlyObjectProperty<StackState> state() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** The service the buttons act on (its name on the Swarm), chosen by clicking its card. */
    public StringProperty selected() {
        return selected;
    }
}
