package dev.berth.ui.insight;

import dev.berth.engine.EngineEvent;
import dev.berth.insight.build.BuildProgress;
import dev.berth.insight.build.BuildSteps;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The builds of the window's Up or Build, live: one row per service built (step in progress, stage, output), updated
 * once per batch of events however many lines came. Fed on the UI thread.
 */
public final class BuildViewModel {
    private final Executor ui;
    private final ObservableList<BuildProgress> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper started = new ReadOnlyIntegerWrapper();
    private final Set<String> dirty = new LinkedHashSet<>();
    private BuildSteps steps = new BuildSteps();
    private boolean building;

    public BuildViewModel(Executor ui) {
        this.ui = ui;
    }

    /** One engine event of the running action. */
    public void accept(EngineEvent e) {
        boolean begins = e instanceof EngineEvent.ResourceChanged r && r.kind() == EngineEvent.Kind.IMAGE
                && r.phase() == EngineEvent.Phase.BUILDING;
        if (begins && !building) {
            steps = new BuildSteps(); // a new action: the last one's builds go
            rows.clear();
            building = true;
        }
        String changed = steps.accept(e);
        if (changed != null) {
            if (dirty.isEmpty()) {
                ui.execute(this::flush);
            }
            dirty.add(changed);
        }
        if (begins) {
            started.set(started.get() + 1);
        }
    }

    /** The action ended: a build still going failed (the action's message says why). */
    public void runEnded() {
        dirty.addAll(steps.endRunning());
        building = false;
        flush();
    }

    private void flush() {
        for (String service : dirty) {
            BuildProgress p = steps.progress(service);
            int at = indexOf(service);
            if (at < 0) {
                rows.add(p);
                rows.sort(java.util.Comparator.comparing(BuildProgress::serviceName));
            } else {
                rows.set(at, p);
            }
        }
        dirty.clear();
    }

    private int indexOf(String service) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).serviceName().equals(service)) {
                return i;
            }
        }
        return -1;
    }

    /** One row per service built by the last action, by name. */
    public ObservableList<BuildProgress> rows() {
        return rows;
    }

    /** Counts builds begun: the window shows its build output when it changes. */
    public ReadOnlyIntegerProperty startedProperty() {
        return started.getReadOnlyProperty();
    }
}
