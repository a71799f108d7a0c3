package dev.berth.ui.run;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerScope;
import dev.berth.engine.DownOptions;
import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineException;
import dev.berth.engine.Plan;
import dev.berth.engine.RestartOptions;
import dev.berth.engine.StopOptions;
import dev.berth.engine.Subscription;
import dev.berth.engine.UpOptions;
import dev.berth.ui.topology.GraphNode;
import dev.berth.ui.topology.TopologyViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Up, Down, Stop, Restart and step mode for the open project, run off the UI thread, and the live
 * state that follows from the engine's events into the drawing (colours, gates, why-waiting).
 */
public final class RunViewModel {
    /** Without an engine nothing is followed: the engine is shown as neither gone nor back. */
    private static final EngineLink NO_ENGINE = new EngineLink(Runnable::run, Runnable::run);
    private static final int ACTIVITY_LIMIT = 500;

    private final ComposeEngine engine;
    private final Executor background;
    private final Executor ui;
    private final TopologyViewModel topology;
    private final List<Consumer<List<EngineEvent.LogLine>>> logListeners = new ArrayList<>();
    private final List<Consumer<EngineEvent>> eventListeners = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whyWaiting = new ReadOnlyStringWrapper("");
    private final ObservableList<String> activity = FXCollections.observableArrayList();
    private final EventPump pump;
    /** The sink the window's own actions report to (see {@link ActionEvents}). */
    private final ActionEvents actions;
    private final Following following;
    private final Teaching teaching = new Teaching();
    private final DockerWords dockerWords;
    private LiveState live;
    private int planned;
    private int finished;
    private Steps steps;
    /** What the running action says it does; its end adds "done" when nothing was said since. */
    private String doing;

    private java.util.function.Consumer<dev.berth.insight.timeline.StartupTimeline> timelineListener = t -> { };

    public RunViewModel(ComposeEngine engine, Executor background, Executor ui, TopologyViewModel topology) {
        this.engine = engine;
        this.background = background;
        this.ui = ui;
        this.topology = topology;
        this.pump = new EventPump(ui, this::handle);
        this.actions = new ActionEvents(pump);
        this.following = engine == null ? null : new Following(engine, background, ui, pump, this::say, this::paint);
        this.dockerWords = new DockerWords(engine, background, ui, this::say);
        topology.selectedProperty().addListener((o, a, b) -> refreshWhy());
    }

    /** Hands engine events to the UI at most once per frame (the window; tests keep every burst at once). */
    public void pacePerFrame() {
        pump.pace(16);
    }

    public boolean available() {
        return engine != null;
    }

    /** Follows a (re)loaded project: a snapshot of what runs now, then the engine's live stream. */
    public void attach(Project project) {
        boolean sameName = live != null && live.project().name().equals(project.name());
        LiveState next = new LiveState(project);
        if (sameName) {
            next.carryOver(live);
        }
        live = next;
        if (engine == null) {
            paint();
            return;
        }
        if (!sameName) {
            close();
        }
        following.follow(next, 200);
        paint();
    }

    public void onLogLine(Consumer<EngineEvent.LogLine> listener) {
        logListeners.add(lines -> lines.forEach(listener));
    }

    /** Log lines in the batches they arrive in (one list change per batch, not one per line). */
    public void onLogLines(Consumer<List<EngineEvent.LogLine>> listener) {
        logListeners.add(listener);
    }

    /** Hears every event of the actions and the live stream, on the UI thread (live builds). */
    public void onEvent(Consumer<EngineEvent> listener) {
        eventListeners.add(listener);
    }

    /** Builds the images of the services with a build section, as {@code berth build}. */
    public void build(Project project) {
        work("Build", () -> engine.build(project, dev.berth.engine.BuildOptions.of(List.of()), actions));
    }

    /** The sink the log pane's subscription and the followed engine events report to (actions: {@link ActionEvents}). */
    public dev.berth.engine.EventSink sink() {
        return pump;
    }

    /**
     * The toolbar's Up: the same engine call as the CLI's {@code up}. The engine plans; {@code confirm} sees the plan
     * on the UI thread (a dialog) and says whether to go on; then the engine builds, plans again against the images
     * now present (so a rebuilt image recreates its containers) and runs.
     */
    /** Up, asking {@code confirm} with the plan and its Docker commands (teaching mode) before anything changes. */
    public void upAfterPreview(Project project, BiPredicate<Plan, List<String>> confirm) {
        work("Planning…", () -> recorded(project, () -> engine.up(project, UpOptions.defaults()
                .withApproval(plan -> asked(plan, DockerWords.brief(engine, project, plan), confirm)), actions)));
    }

    /** Whom to tell the start-up timeline of each Up, once its services have settled (on the UI thread). */
    public void onTimeline(java.util.function.Consumer<dev.berth.insight.timeline.StartupTimeline> listener) {
        timelineListener = listener;
    }

    private void recorded(Project project, Runnable up) {
        dev.berth.ui.insight.TimelineCapture.around(engine, project, background, ui, timelineListener, up);
    }

    /** Asks on the UI thread and waits for the answer (the engine's thread blocks meanwhile, nothing changed yet). */
    private boolean asked(Plan plan, List<String> commands, BiPredicate<Plan, List<String>> confirm) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        ui.execute(() -> {
            try {
                boolean yes = confirm.test(plan, commands);
                planned = yes ? plan.operations().size() : 0;
                finished = 0;
                doing = yes ? "Up: " + planned + " operations" : null;
                say(yes ? doing : "Up cancelled: nothing was changed.");
                answer.complete(yes);
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.join();
    }

    public void down(Project project, boolean removeVolumes) {
        work("Down", () -> engine.down(project.name(), project, new DownOptions(removeVolumes, false, null, null), actions));
    }

    public void stop(Project project, List<String> services) {
        work("Stop " + names(services), () -> engine.stop(project.name(), project, StopOptions.of(services), actions));
    }

    public void start(Project project, List<String> services) {
        work("Start " + names(services), () -> engine.start(project, services, actions));
    }

    public void restart(Project project, List<String> services) {
        work("Restart " + names(services), () -> engine.restart(project.name(), project, RestartOptions.of(services), actions));
    }

    public void up(Project project, List<String> services) {
        work("Up " + names(services), () -> recorded(project,
                () -> engine.up(project, UpOptions.defaults().withServices(services), actions)));
    }

    private static String names(List<String> services) {
        return services.isEmpty() ? "all services" : String.join(", ", services);
    }

    /** Step mode: plans Up and then runs one operation per {@link #step()}, saying what and why. */
    public void beginSteps(Project project) {
        work("Planning step mode…", () -> {
            Plan plan = engine.plan(project, UpOptions.defaults());
            List<String> commands = DockerWords.brief(engine, project, plan);
            ComposeEngine.Steps s = engine.steps(project, plan, actions);
            ui.execute(() -> {
                steps = new Steps(s, plan.operations().size(), commands);
                say(steps.nextText());
                teaching.showStep(steps.next(), steps.nextCommand(), project);
            });
        });
    }

    public void step() {
        if (busy.get()) {
            return; // one step at a time: a held or repeated key must not start the next one early
        }
        if (steps == null || steps.done()) {
            say(steps == null ? "Step mode is off: choose Run ▸ Step mode first." : "All steps done.");
            return;
        }
        String doing = steps.nextText();
        work(doing, () -> {
            steps.run();
            ui.execute(() -> {
                say(steps.done() ? "Done: " + doing + " All steps done." : "Done. Next: " + steps.nextText());
                teaching.showStep(steps.next(), steps.nextCommand(), live == null ? null : live.project());
            });
        });
    }

    /** The Docker commands of plans and services (teaching mode, the export). */
    public DockerWords dockerWords() {
        return dockerWords;
    }

    public Teaching teaching() {
        return teaching;
    }

    public boolean stepping() {
        return steps != null && !steps.done();
    }

    private void work(String what, Runnable job) {
        if (engine == null) {
            say("No Docker Engine: start dockerd and reopen the project.");
            return;
        }
        busy.set(true);
        doing = what;
        say(what);
        background.execute(() -> {
            String end = null;
            try {
                job.run();
            } catch (RuntimeException e) {
                end = sentence(e);
            }
            String result = end;
            ui.execute(() -> {
                busy.set(false);
                if (live != null && following != null) {
                    // the run's own reports and the engine's events arrive by two roads and may cross (a container
                    // that exits at once reported started after its exit): what the engine holds now settles it
                    following.follow(live, 0);
                }
                if (result != null) {
                    say(result);
                } else {
                    if (doing != null && doing.equals(message.get())) {
                        say(doing + " — done");
                    }
                    progress.set(planned > 0 ? 1 : 0);
                }
            });
        });
    }

    static String sentence(RuntimeException e) {
        if (e instanceof EngineException) {
            return e.getMessage();
        }
        System.getLogger("berth.ui").log(System.Logger.Level.ERROR, "engine call failed", e);
        return "Something went wrong: " + e.getMessage();
    }

    private void say(String text) {
        message.set(text);
        addActivity(List.of(text));
    }

    private void addActivity(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        int over = activity.size() + lines.size() - ACTIVITY_LIMIT;
        if (over > 0 && over <= activity.size()) {
            activity.remove(0, over);
        } else if (over > 0) {
            activity.clear();
        }
        activity.addAll(lines.subList(Math.max(0, lines.size() - ACTIVITY_LIMIT), lines.size()));
    }

    /**
     * One batch of events (all that arrived since the last frame): the live state takes each, but the
     * drawing, the logs and the activity list change once per batch, each service's box to its latest state.
     */
    void handle(List<EngineEvent> batch) {
        List<String> changed = new ArrayList<>();
        List<EngineEvent.LogLine> lines = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (EngineEvent e : batch) {
            eventListeners.forEach(x -> x.accept(e));
            switch (e) {
                case EngineEvent.LogLine l -> lines.add(l);
                case EngineEvent.OperationFinished f -> {
                    finished++;
                    progress.set(planned == 0 ? 0 : Math.min(1, (double) finished / planned));
                    if (f.error() != null) {
                        say(f.operation() + " failed: " + f.error());
                    }
                }
                case EngineEvent.Warning w -> say("warning: " + w.message());
                case EngineEvent.Disconnected d -> following.lost(d.message(), () -> live);
                case EngineEvent.OperationStarted o -> teaching.started(o.operation(), live == null ? null : live.project());
                case EngineEvent.ResourceChanged r -> {
                    if (live != null) {
                        String svc = live.apply(r);
                        if (svc != null) {
                            changed.add(svc);
                        }
                    }
                    seen.add(r.toString());
                }
                default -> { }
            }
        }
        addActivity(seen);
        if (!lines.isEmpty()) {
            logListeners.forEach(x -> x.accept(lines));
        }
        if (!changed.isEmpty()) {
            paint(java.util.Set.copyOf(changed));
        }
    }

    /** Pushes every service's status and every gate to the drawing's view model. */
    private void paint() {
        if (live != null) {
            paint(live.project().services().keySet());
        }
    }

    /**
     * Pushes the status of the changed services, and the gates of edges touching them, only where
     * they differ from what is shown: one event restyles one box, not the whole drawing.
     */
    private void paint(java.util.Set<String> changed) {
        if (live == null) {
            return;
        }
        for (Service s : live.project().services().values()) {
            if (changed.contains(s.name())) {
                putIfChanged(topology.statuses(), GraphNode.idOf(GraphNode.Kind.SERVICE, s.name()), live.status(s.name()));
            }
            for (DependsOn d : s.dependsOn().values()) {
                if (changed.contains(s.name()) || changed.contains(d.serviceName())) {
                    putIfChanged(topology.gates(), "edge-" + d.serviceName() + "-" + s.name(), live.gate(s.name(), d));
                }
            }
        }
        refreshWhy();
    }

    private static <V> void putIfChanged(java.util.Map<String, V> map, String key, V value) {
        if (!value.equals(map.get(key))) {
            map.put(key, value);
        }
    }

    private void refreshWhy() {
        String svc = topology.selectedService();
        whyWaiting.set(live == null || svc == null ? "" : live.whyWaiting(svc));
    }

    public LiveState live() {
        return live;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whyWaitingProperty() {
        return whyWaiting.getReadOnlyProperty();
    }

    public ObservableList<String> activity() {
        return activity;
    }

    /** Whether the engine answers; false from the end of its event stream until it answers again. */
    public ReadOnlyBooleanProperty engineAnsweringProperty() {
        return link().answeringProperty();
    }

    /** "Docker Engine gone: … Reconnecting…", then "Docker Engine back"; empty until the engine first goes. */
    public ReadOnlyStringProperty engineStatusProperty() {
        return link().statusProperty();
    }

    private EngineLink link() {
        return following == null ? NO_ENGINE : following.link();
    }

    public void close() {
        if (following != null) {
            following.close();
        }
    }
}
