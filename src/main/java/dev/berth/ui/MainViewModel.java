package dev.berth.ui;

import dev.berth.compose.load.LoadResult;
import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.ui.inspector.InspectorViewModel;
import dev.berth.ui.inspector.SecretMask;
import dev.berth.ui.logs.LogsViewModel;
import dev.berth.ui.problems.ProblemsViewModel;
import dev.berth.ui.run.RunViewModel;
import dev.berth.ui.topology.PositionStore;
import dev.berth.ui.topology.ServiceStatus;
import dev.berth.ui.topology.TopologyViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javafx.collections.MapChangeListener;

/**
 * Ties the window's view models together: a load feeds the drawing, the live state, the inspector
 * and the logs; a selection feeds the inspector; a file change on disk reloads.
 */
public final class MainViewModel {
    private final ProjectViewModel project;
    private final TopologyViewModel topology;
    private final RunViewModel run;
    private final InspectorViewModel inspector;
    private final LogsViewModel logs = new LogsViewModel();
    private final ProblemsViewModel problems;
    private final dev.berth.ui.search.SearchViewModel search;
    private final RecentFiles recent;
    private final FileWatch watch;
    private final Map<String, String> environment;
    private final dev.berth.ui.editor.EditorViewModel editor;
    private final dev.berth.ui.insight.InsightViewModel insight;

    public MainViewModel(ProjectSource source, ComposeEngine engine, Executor background, Executor ui,
                         Map<String, String> environment, Path workingDir, PositionStore positions, RecentFiles recent) {
        this.environment = environment;
        this.project = new ProjectViewModel(source, background, ui, environment, workingDir);
        this.topology = new TopologyViewModel(positions, background, ui);
        this.search = new dev.berth.ui.search.SearchViewModel(topology);
        this.run = new RunViewModel(engine, background, ui, topology);
        run.pacePerFrame();
        this.inspector = new InspectorViewModel(environment, this::healthText);
        inspector.setDockerRun((service, then) -> {
            Project p = project.project();
            if (p != null) {
                run.dockerWords().runLine(p, service, then);
            }
        });
        this.problems = new ProblemsViewModel(modifiableProblems());
        this.recent = recent;
        this.watch = new FileWatch(() -> ui.execute(project::reload));
        project.onLoadedOffThread(r -> topology.prepare(r.project()));
        project.loadedProperty().addListener((o, a, r) -> loaded(r));
        topology.selectedProperty().addListener((o, a, id) -> inspector.inspect(id));
        topology.statuses().addListener((MapChangeListener<String, ServiceStatus>) c -> {
            if (c.getKey().equals(topology.selectedProperty().get())) {
                inspector.refresh();
            }
        });
        run.onLogLines(logs::addAll);
        this.editor = new dev.berth.ui.editor.EditorViewModel(project, ui);
        this.insight = new dev.berth.ui.insight.InsightViewModel(engine, background, ui);
        run.onTimeline(insight::setTimeline);
        run.onEvent(insight.builds()::accept);
        run.busyProperty().addListener((o, was, is) -> {
            if (!is) {
                insight.builds().runEnded();
            }
        });
    }

    private javafx.collections.ObservableList<dev.berth.compose.load.Problem> modifiableProblems() {
        return project.problems();
    }

    private void loaded(LoadResult r) {
        Project p = r.project();
        topology.show(p);
        run.attach(p);
        insight.setLoaded(r);
        inspector.setLoaded(r);
        logs.setProject(new ArrayList<>(p.services().keySet()), SecretMask.of(p, environment));
        recent.add(project.requestProperty().get().files());
        watch.watch(Stream.concat(project.requestProperty().get().files().stream(),
                project.requestProperty().get().envFiles().stream()).toList());
    }

    private String healthText(String serviceName) {
        if (run.live() == null || !run.live().project().services().containsKey(serviceName)) {
            return "";
        }
        ServiceStatus s = run.live().status(serviceName);
        String out = run.live().lastHealthOutput(serviceName);
        return s.text() + (out.isEmpty() ? "" : ", last output: " + out);
    }

    public void open(List<Path> files) {
        project.open(files);
    }

    public void close() {
        watch.close();
        editor.close();
        run.close();
    }

    public ProjectViewModel project() {
        return project;
    }

    public TopologyViewModel topology() {
        return topology;
    }

    public RunViewModel run() {
        return run;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public LogsViewModel logs() {
        return logs;
    }

    public ProblemsViewModel problems() {
        return problems;
    }

    public dev.berth.ui.editor.EditorViewModel editor() {
        return editor;
    }

    /** Search and focus over the drawing's services. */
    public dev.berth.ui.search.SearchViewModel search() {
        return search;
    }

    public dev.berth.ui.insight.InsightViewModel insight() {
        return insight;
    }

    /** The caller's environment the window was started with. */
    public Map<String, String> environment() {
        return environment;
    }

    public RecentFiles recent() {
        return recent;
    }
}
