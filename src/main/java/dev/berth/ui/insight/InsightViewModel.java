package dev.berth.ui.insight;

import dev.berth.compose.load.LoadResult;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.EngineException;
import dev.berth.engine.VolumeCopy;
import dev.berth.engine.VolumeCopyOptions;
import dev.berth.engine.VolumeUsage;
import dev.berth.insight.advice.Advice;
import dev.berth.insight.advice.Finding;
import dev.berth.insight.timeline.StartupTimeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The insight views' state: the last Up's timeline, the advice on the loaded files, the project's volumes; backup,
 * restore and fixes run on the background executor and report a sentence in {@link #messageProperty()}.
 */
public final class InsightViewModel {
    private final ComposeEngine engine;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<StartupTimeline> timeline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LoadResult> loaded = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Finding> advice = FXCollections.observableArrayList();
    private boolean adviceShown;
    private boolean adviceRunning;
    private LoadResult advised;
    private final ObservableList<VolumeUsage> volumes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<Finding> adviceView = FXCollections.unmodifiableObservableList(advice);
    private final ObservableList<VolumeUsage> volumesView = FXCollections.unmodifiableObservableList(volumes);
    private final LiveUsageViewModel liveUsage;
    private final BuildViewModel builds;
    private final ObservableList<dev.berth.insight.images.ProjectImages.Row> images = FXCollections.observableArrayList();

    public InsightViewModel(ComposeEngine engine, Executor background, Executor ui) {
        this.engine = engine;
        this.background = background;
        this.ui = ui;
        this.liveUsage = new LiveUsageViewModel(engine, background);
        this.builds = new BuildViewModel(ui);
    }

    /** The builds of the window's last Up or Build, step by step. */
    public BuildViewModel builds() {
        return builds;
    }

    /** Live usage of the services shown in the main window (bars on boxes, the inspector's chart). */
    public LiveUsageViewModel liveUsage() {
        return liveUsage;
    }

    /** A project was loaded: its advice is computed again (the files may have changed) if the advice shows. */
    public void setLoaded(LoadResult r) {
        loaded.set(r);
        refreshAdvice();
    }

    /**
     * Whether the advice shows (its tab is selected). Advice is computed only then: it reads every service's text,
     * and at 200 services each profile tick or pause in typing cost a worker 50–250 ms of CPU beside the drawing.
     */
    public void setAdviceShown(boolean shown) {
        adviceShown = shown;
        refreshAdvice();
    }

    /** On the UI thread: one computation at a time, of the newest load; a load that lands meanwhile is done after. */
    private void refreshAdvice() {
        LoadResult r = loaded.get();
        if (!adviceShown || r == null || r == advised || adviceRunning) {
            return;
        }
        adviceRunning = true;
        background.execute(() -> {
            List<Finding> found;
            try {
                found = Advice.of(r);
            } catch (RuntimeException e) { // advice is a courtesy: a bug in a check must not stop the next one
                System.getLogger("berth.ui").log(System.Logger.Level.ERROR, "advice failed", e);
                found = List.of();
            }
            List<Finding> done = found;
            ui.execute(() -> {
                adviceRunning = false;
                advised = r;
                advice.setAll(done);
                refreshAdvice();
            });
        });
    }

    public void setTimeline(StartupTimeline t) {
        timeline.set(t);
    }

    public void refreshVolumes() {
        LoadResult r = loaded.get();
        if (engine == null || r == null) {
            return;
        }
        run(() -> {
            List<VolumeUsage> found = engine.volumeUsage(r.project());
            ui.execute(() -> volumes.setAll(found));
            return null;
        });
    }

    /** The project's images and their users, from the engine's view of its containers. */
    public void refreshImages() {
        LoadResult r = loaded.get();
        if (engine == null || r == null) {
            return;
        }
        run(() -> {
            var found = dev.berth.insight.images.ProjectImages.of(r.project(), engine.images(r.project().name(), List.of()));
            ui.execute(() -> images.setAll(found));
            return null;
        });
    }

    public ObservableList<dev.berth.insight.images.ProjectImages.Row> images() {
        return images;
    }

    /** Backs up; {@code overwrite} when the user chose to replace an existing file. */
    public void backup(VolumeUsage v, Path file, boolean overwrite) {
        copy(() -> engine.backupVolume(loaded.get().project(), new VolumeCopyOptions(v.name(), file, overwrite)),
                "Backed up ", null);
    }

    /** Restores; when the volume is not empty, {@code confirm} is asked (on the UI thread) before going on. */
    public void restore(VolumeUsage v, Path file, Predicate<String> confirm) {
        copy(() -> engine.restoreVolume(loaded.get().project(), new VolumeCopyOptions(v.name(), file, false)),
                "Restored ", e -> e.getMessage().contains("is not empty") && confirm.test(e.getMessage())
                        ? () -> engine.restoreVolume(loaded.get().project(), new VolumeCopyOptions(v.name(), file, true))
                        : null);
    }

    private void copy(java.util.function.Supplier<VolumeCopy> job, String verb,
                      java.util.function.Function<EngineException, java.util.function.Supplier<VolumeCopy>> retry) {
        run(() -> {
            VolumeCopy c;
            try {
                c = job.get();
            } catch (EngineException e) {
                if (retry == null) {
                    throw e;
                }
                var again = java.util.concurrent.CompletableFuture.supplyAsync(() -> retry.apply(e), ui).join();
                if (again == null) {
                    throw e;
                }
                c = again.get();
            }
            say(verb + c.volumeName() + ": " + c.entries() + " entries, " + c.bytes() + " bytes"
                    + (c.warnings().isEmpty() ? "" : " — " + String.join("; ", c.warnings())));
            refreshVolumes();
            return null;
        });
    }

    /** The image's layers, handed to {@code then} on the UI thread. */
    public void layers(String image, java.util.function.Consumer<List<dev.berth.engine.ImageLayer>> then) {
        run(() -> {
            List<dev.berth.engine.ImageLayer> found = engine.imageLayers(image);
            ui.execute(() -> then.accept(found));
            return null;
        });
    }

    /** Writes a fix; refused when the file changed since the advice was made (reload, then try again). */
    public void apply(Finding f) {
        try {
            say(f.fix().apply() ? "Applied: " + f.fix().title() + " in " + f.fix().file().getFileName()
                    : f.fix().file().getFileName() + " changed since: reload the project and try again");
        } catch (IOException e) {
            say("Could not write " + f.fix().file() + ": " + e.getMessage());
        }
    }

    private void run(java.util.concurrent.Callable<Void> job) {
        if (engine == null) {
            say("No Docker Engine: start dockerd and reopen the project.");
            return;
        }
        background.execute(() -> {
            try {
                job.call();
            } catch (Exception e) {
                say(e instanceof EngineException ? e.getMessage() : "Something went wrong: " + e.getMessage());
            }
        });
    }

    private void say(String text) {
        ui.execute(() -> message.set(text));
    }

    ComposeEngine engine() {
        return engine;
    }

    Executor background() {
        return background;
    }

    Executor ui() {
        return ui;
    }

    public ReadOnlyObjectProperty<StartupTimeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoadResult> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObservableList<Finding> advice() {
        return adviceView;
    }

    public ObservableList<VolumeUsage> volumes() {
        return volumesView;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
