package dev.berth.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.DownOptions;
import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineException;
import dev.berth.engine.EventSink;
import dev.berth.engine.LogOptions;
import dev.berth.engine.Operation;
import dev.berth.engine.Plan;
import dev.berth.engine.ProjectState;
import dev.berth.engine.Subscription;
import dev.berth.engine.UpOptions;
import dev.berth.ui.TestProjects;
import dev.berth.ui.topology.ContainerState;
import dev.berth.ui.topology.Gate;
import dev.berth.ui.topology.PositionStore;
import dev.berth.ui.topology.TopologyViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run view model over a scripted engine, everything on the test thread. */
class RunViewModelTest {
    private final Project webapp = TestProjects.webapp();
    private final ScriptedEngine engine = new ScriptedEngine();

    private RunViewModel vm(Path dir) {
        TopologyViewModel topology = new TopologyViewModel(new PositionStore(dir));
        topology.show(webapp);
        RunViewModel run = new RunViewModel(engine, Runnable::run, Runnable::run, topology);
        run.attach(webapp);
        return run;
    }

    @Test
    void eventsFromTheEngineColourTheNodesAndGates(@TempDir Path dir) {
        TopologyViewModel topology = new TopologyViewModel(new PositionStore(dir));
        topology.show(webapp);
        RunViewModel run = new RunViewModel(engine, Runnable::run, Runnable::run, topology);
        run.attach(webapp);
        engine.watcher.accept(EngineEvent.ResourceChanged.container("webapp-db-1", "db", EngineEvent.Phase.STARTED));
        assertThat(topology.statuses().get("service-db").state()).isEqualTo(ContainerState.STARTING);
        assertThat(topology.gates().get("edge-db-api")).isEqualTo(Gate.PENDING);
        engine.watcher.accept(EngineEvent.ResourceChanged.container("webapp-db-1", "db", EngineEvent.Phase.HEALTHY));
        assertThat(topology.gates().get("edge-db-api")).isEqualTo(Gate.SATISFIED);
    }

    @Test
    void stepModeRunsOneOperationPerStepAndSaysWhatAndWhy(@TempDir Path dir) {
        RunViewModel run = vm(dir);
        run.beginSteps(webapp);
        assertThat(run.messageProperty().get()).isEqualTo("Step 1 of 2: Create container webapp-db-1 for db, because it does not exist yet.");
        run.step();
        assertThat(engine.ran).containsExactly("create container webapp-db-1 (it does not exist yet)");
        assertThat(run.messageProperty().get()).startsWith("Done. Next: Step 2 of 2: Start container webapp-db-1");
        run.step();
        assertThat(run.stepping()).isFalse();
        assertThat(run.messageProperty().get()).endsWith("All steps done.");
    }

    @Test
    void anEngineFailureBecomesASentenceNotAStackTrace(@TempDir Path dir) {
        RunViewModel run = vm(dir);
        engine.failDown = true;
        run.down(webapp, true);
        assertThat(run.messageProperty().get()).isEqualTo("Cannot reach the Docker Engine at unix:///var/run/docker.sock.");
        assertThat(run.busyProperty().get()).isFalse();
        assertThat(engine.downVolumes).isTrue();
    }

    @Test
    void logLinesReachTheListeners(@TempDir Path dir) {
        RunViewModel run = vm(dir);
        List<String> seen = new ArrayList<>();
        run.onLogLine(l -> seen.add(l.text()));
        engine.logger.accept(new EngineEvent.LogLine("db", "webapp-db-1", false, null, "db ready"));
        assertThat(seen).containsExactly("db ready");
    }

    @Test
    void withoutAnEngineActionsSayWhatIsMissing(@TempDir Path dir) {
        TopologyViewModel topology = new TopologyViewModel(new PositionStore(dir));
        RunViewModel run = new RunViewModel(null, Runnable::run, Runnable::run, topology);
        run.stop(webapp, List.of());
        assertThat(run.messageProperty().get()).isEqualTo("No Docker Engine: start dockerd and reopen the project.");
    }

    /** Answers from a script and records what it was asked to do. */
    static final class ScriptedEngine implements ComposeEngine {
        EventSink watcher = EventSink.NONE;
        EventSink logger = EventSink.NONE;
        final List<String> ran = new ArrayList<>();
        boolean failDown;
        boolean downVolumes;

        private Plan plan(Project p) {
            Map<String, List<Operation>> lanes = new LinkedHashMap<>();
            lanes.put("db", List.of(new Operation.CreateContainer("db", "webapp-db-1", 1, "it does not exist yet"),
                    new Operation.StartContainer("db", "webapp-db-1", "it was just created")));
            return new Plan(p.name(), List.of(), lanes, List.of(), List.of());
        }

        public Plan plan(Project project, UpOptions options) { return plan(project); }
        public void up(Project project, UpOptions options, EventSink sink) { }
        public void execute(Project project, Plan plan, EventSink sink) { }

        public Steps steps(Project project, Plan plan, EventSink sink) {
            List<Operation> ops = new ArrayList<>(plan.operations());
            return new Steps() {
                public Operation next() { return ops.isEmpty() ? null : ops.getFirst(); }
                public void runNext() { ran.add(ops.removeFirst().toString()); }
            };
        }

        public Plan planDown(String projectName, Project project, DownOptions options) { return plan(project); }

        public void down(String projectName, Project project, DownOptions options, EventSink sink) {
            downVolumes = options.removeVolumes();
            if (failDown) {
                throw new EngineException(EngineException.Reason.UNREACHABLE,
                        "Cannot reach the Docker Engine at unix:///var/run/docker.sock.");
            }
        }

        public void start(Project project, List<String> services, EventSink sink) { }
        public void stop(String projectName, Project project, List<String> services, Duration timeout, EventSink sink) { }
        public void restart(String projectName, Project project, List<String> services, Duration timeout, EventSink sink) { }
        public ProjectState state(String projectName, boolean all) { return ProjectState.empty(projectName); }

        public Subscription watch(String projectName, EventSink sink) {
            watcher = sink;
            return () -> watcher = EventSink.NONE;
        }

        public Subscription logs(String projectName, LogOptions options, EventSink sink) {
            logger = sink;
            return () -> logger = EventSink.NONE;
        }

        public List<ProjectState> projects(boolean all) { return List.of(); }
        public void close() { }
    }
}
