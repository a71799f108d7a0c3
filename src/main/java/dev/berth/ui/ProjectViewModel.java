package dev.berth.ui;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceTexts;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open project: what was asked for, what loaded (or the problems why not), which profiles
 * exist and which are ticked. Loading runs on {@code background}; results land on {@code ui}.
 */
public final class ProjectViewModel {
    private final ProjectSource source;
    private final Executor background;
    private final Executor ui;
    private final Map<String, String> environment;
    private final Path workingDir;
    private final AtomicLong generation = new AtomicLong();
    private volatile java.util.function.Consumer<LoadResult> offThread = r -> { };
    private final ReadOnlyObjectWrapper<LoadRequest> request = new ReadOnlyObjectWrapper<>(LoadRequest.NONE);
    private final ReadOnlyObjectWrapper<LoadResult> loaded = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<String> profilesView = FXCollections.unmodifiableObservableList(profiles);
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cliLine = new ReadOnlyStringWrapper("");
    private Map<Path, String> buffers = Map.of();
    private final ReadOnlyObjectWrapper<Map<Path, SourceTexts.Kind>> sources = new ReadOnlyObjectWrapper<>(Map.of());
    private LoadRequest sourcesOf = LoadRequest.NONE;

    public ProjectViewModel(ProjectSource source, Executor background, Executor ui, Map<String, String> environment, Path workingDir) {
        this.source = source;
        this.background = background;
        this.ui = ui;
        this.environment = Map.copyOf(environment);
        this.workingDir = workingDir;
    }

    public void open(List<Path> files) {
        load(new LoadRequest(files, List.of(), java.util.Set.of()));
    }

    public void addOverride(Path file) {
        List<Path> files = Stream.concat(request.get().files().stream(), Stream.of(file)).distinct().toList();
        load(request.get().withFiles(files));
    }

    public void setEnvFiles(List<Path> envFiles) {
        load(request.get().withEnvFiles(envFiles));
    }

    public void setProfile(String profile, boolean active) {
        load(request.get().withProfile(profile, active));
    }

    public void reload() {
        load(request.get());
    }

    /**
     * Loads again with an editor's unsaved text in place of those files on disk (absolute, normalized
     * paths; an empty map when everything is saved), so problems and the drawing follow the typing.
     */
    public void edited(Map<Path, String> unsaved) {
        buffers = Map.copyOf(unsaved);
        load(request.get());
    }

    /**
     * Runs {@code work} on the worker thread after each successful load, before the result reaches the UI thread
     * (the drawing's layout is made there, so a profile tick lands on screen in one step, not two).
     */
    public void onLoadedOffThread(java.util.function.Consumer<LoadResult> work) {
        offThread = work;
    }

    public void load(LoadRequest next) {
        request.set(next);
        cliLine.set(next.cliLine(workingDir, "up"));
        if (next.files().isEmpty()) {
            return;
        }
        long mine = generation.incrementAndGet();
        status.set("Loading " + next.files().getFirst().getFileName() + "…");
        LoadOptions options = options(next);
        Map<Path, String> texts = buffers;
        background.execute(() -> {
            Outcome outcome = attempt(options, texts);
            if (outcome.result() != null && mine == generation.get()) { // a newer load makes this one's work moot
                afterLoad(outcome.result());
            }
            ui.execute(() -> {
                if (mine == generation.get()) {
                    publish(outcome);
                    if (outcome.result() != null && texts.isEmpty()) {
                        loadAhead(next, knownProfiles(outcome.result().project()), mine);
                    }
                }
            });
        });
    }

    /** How many profile ticks are loaded ahead after a load: a project rarely has more profiles than this. */
    static final int AHEAD = 6;

    /**
     * After a load with nothing unsaved, loads on a worker what ticking each profile would load, and lays it out:
     * the loader keeps those results while the files read the same, so a tick costs the reading and comparing of
     * the files, not the profile steps, and lands as soon as the window can draw it. Stops when a newer load starts.
     */
    private void loadAhead(LoadRequest base, List<String> names, long mine) {
        background.execute(() -> {
            for (String name : names.subList(0, Math.min(AHEAD, names.size()))) {
                if (mine != generation.get()) {
                    return;
                }
                Outcome ahead = attempt(options(base.withProfile(name, !base.profiles().contains(name))), Map.of());
                if (ahead.result() != null && mine == generation.get()) {
                    afterLoad(ahead.result());
                }
            }
        });
    }

    private void afterLoad(LoadResult result) {
        try {
            offThread.accept(result);
        } catch (RuntimeException e) { // the load still lands; the drawing lays it out again its own way
            System.getLogger("berth.ui").log(System.Logger.Level.ERROR, "work after a load failed", e);
        }
    }

    private LoadOptions options(LoadRequest r) {
        LoadOptions base = LoadOptions.ofFiles(r.files().stream().map(workingDir::resolve).toList(), environment).withProfiles(List.copyOf(new TreeSet<>(r.profiles())));
        return new LoadOptions(base.files(), base.workingDir(), null, null, base.profiles(), r.envFiles(),
                environment, true, List.of());
    }

    private record Outcome(LoadResult result, List<Problem> problems, Map<Path, SourceTexts.Kind> read) {}

    private Outcome attempt(LoadOptions options, Map<Path, String> buffered) {
        SourceTexts texts = new SourceTexts(java.io.InputStream.nullInputStream(), buffered);
        try {
            return new Outcome(source.load(options, texts), List.of(), texts.read());
        } catch (LoadException e) {
            return new Outcome(null, e.problems(), texts.read());
        } catch (RuntimeException e) {
            // a loader bug must not reach the person as a stack trace; the log has it
            System.getLogger("berth.ui").log(System.Logger.Level.ERROR, "loader failed", e);
            Path file = options.files().isEmpty() ? null : options.files().getFirst();
            return new Outcome(null, List.of(new Problem(new dev.berth.compose.model.Location(file, 1, 1), "",
                    "could not load the project: " + e.getMessage(), "this is a bug in Berth; the log has the details")),
                    texts.read());
        }
    }

    private void publish(Outcome outcome) {
        publishSources(outcome);
        problems.setAll(outcome.problems());
        if (outcome.result() == null) {
            // the file of the first problem: an include or the .env may be where it is, not the main file
            Path where = outcome.problems().stream().map(Problem::location)
                    .filter(l -> l != null && l.file() != null).map(l -> l.file()).findFirst()
                    .orElse(request.get().files().getFirst());
            status.set(outcome.problems().size() + " problem" + (outcome.problems().size() == 1 ? "" : "s")
                    + " in " + where.getFileName());
            return;
        }
        loaded.set(outcome.result());
        warnings.setAll(outcome.result().warnings());
        profiles.setAll(knownProfiles(outcome.result().project()));
        Project p = outcome.result().project();
        status.set(p.name() + ": " + p.services().size() + " services" +
                (p.disabledServices().isEmpty() ? "" : ", " + p.disabledServices().size() + " off by profile"));
    }

    /**
     * The files the load read. A failed load may stop before it reads some (an include after the broken
     * line): while the same files are asked for, those stay, so their tabs do not close on a typo.
     */
    private void publishSources(Outcome outcome) {
        Map<Path, SourceTexts.Kind> next = new java.util.LinkedHashMap<>();
        if (outcome.result() == null && sourcesOf.files().equals(request.get().files())
                && sourcesOf.envFiles().equals(request.get().envFiles())) {
            next.putAll(sources.get());
        }
        next.putAll(outcome.read());
        sourcesOf = request.get();
        if (!next.equals(sources.get())) {
            sources.set(java.util.Collections.unmodifiableMap(next));
        }
    }

    /** The compose and env files the last loads read (absolute, normalized), included and extended ones too. */
    public ReadOnlyObjectProperty<Map<Path, SourceTexts.Kind>> sourcesProperty() {
        return sources.getReadOnlyProperty();
    }

    static List<String> knownProfiles(Project p) {
        TreeSet<String> names = new TreeSet<>(p.activeProfiles());
        Stream.concat(p.services().values().stream(), p.disabledServices().values().stream())
                .map(Service::profiles).forEach(names::addAll);
        names.remove("*");
        return List.copyOf(names);
    }

    public ReadOnlyObjectProperty<LoadRequest> requestProperty() {
        return request.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoadResult> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Project project() {
        return loaded.get() == null ? null : loaded.get().project();
    }

    public ObservableList<Problem> problems() {
        return problemsView;
    }

    public ObservableList<String> profiles() {
        return profilesView;
    }

    public ObservableList<String> warnings() {
        return warningsView;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cliLineProperty() {
        return cliLine.getReadOnlyProperty();
    }

    public Path workingDir() {
        return workingDir;
    }
}
