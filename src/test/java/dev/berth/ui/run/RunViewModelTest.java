package dev.berth.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.DockerComposeEngine;
import dev.berth.engine.EngineException;
import dev.berth.engine.FakeGateway;
import dev.berth.engine.Plan;
import dev.berth.ui.TestProjects;
import dev.berth.ui.topology.ContainerState;
import dev.berth.ui.topology.Gate;
import dev.berth.ui.topology.PositionStore;
import dev.berth.ui.topology.TopologyViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run view model over the real engine on an in-memory Docker Engine; UI work runs in order on the caller. */
class RunViewModelTest {
    private final Project webapp = TestProjects.webapp();
    private final FakeGateway fake = new FakeGateway().withImage("berth/busybox:latest").healthyAtStart();
    private final ComposeEngine engine = new DockerComposeEngine(fake);
    private final Object uiThread = new Object();
    /** One "UI thread": engine threads hand their events over one at a time, as Platform.runLater would. */
    private final Executor ui = job -> {
        synchronized (uiThread) {
            job.run();
        }
    };

    private final ThreadLocal<Boolean> inJob = new ThreadLocal<>();
    /**
     * Background work runs on the caller, in order; what a job hands on to the background in turn (the start-up
     * timeline's wait for the services to settle, up to a minute) runs on a thread of its own instead.
     */
    private final Executor background = job -> {
        if (Boolean.TRUE.equals(inJob.get())) {
            Thread.ofPlatform().daemon().start(job);
            return;
        }
        inJob.set(true);
        try {
            job.run();
        } finally {
            inJob.remove();
        }
    };

    private RunViewModel vm(Path dir) {
        TopologyViewModel topology = new TopologyViewModel(new PositionStore(dir));
        topology.show(webapp);
        RunViewModel run = new RunViewModel(engine, background, ui, topology);
        run.attach(webapp);
        return run;
    }

    @Test
    void eventsFromTheEngineColourTheNodesAndGates(@TempDir Path dir) {
        TopologyViewModel topology = new TopologyViewModel(new PositionStore(dir));
        topology.show(webapp);
        FakeGateway slow = new FakeGateway().withImage("berth/busybox:latest");
        RunViewModel run = new RunViewModel(new DockerComposeEngine(slow), background, ui, topology);
        run.attach(webapp);
        run.up(webapp, List.of("db"));
        assertThat(topology.statuses().get("service-db").state()).isEqualTo(ContainerState.STARTING);
        assertThat(topology.gates().get("edge-db-api")).isEqualTo(Gate.PENDING);
        slow.health("webapp-db-1", "healthy");
        assertThat(topology.gates().get("edge-db-api")).isEqualTo(Gate.SATISFIED);
    }

    @Test
    void stepModeRunsOneOperationPerStepAndSaysWhatAndWhy(@TempDir Path dir) {
        RunViewModel run = vm(dir);
        run.beginSteps(webapp);
        assertThat(run.messageProperty().get()).matches("Step 1 of \\d+: Create network webapp_back, because .*");
        assertThat(fake.calls()).noneMatch(c -> c.startsWith("create"));
        run.step();
        assertThat(fake.calls()).filteredOn(c -> c.startsWith("create")).containsExactly("createNetwork webapp_back");
        assertThat(run.messageProperty().get()).startsWith("Done. Next: Step 2 of ");
        while (run.stepping()) {
            run.step();
        }
        assertThat(run.messageProperty().get()).endsWith("All steps done.");
        assertThat(fake.calls()).contains("start webapp-db-1", "start webapp-api-1", "start webapp-web-1");
    }

    @Test
    void anEngineFailureBecomesASentenceNotAStackTrace(@TempDir Path dir) {
        RunViewModel run = vm(dir);
        fake.failOn("containers", new EngineException(EngineException.Reason.UNREACHABLE,
                "Cannot reach the Docker Engine at unix:///var/run/docker.sock."));
        run.down(webapp, true);
        assertThat(run.messageProperty().get()).isEqualTo("Cannot reach the Docker Engine at unix:///var/run/docker.sock.");
        assertThat(run.busyProperty().get()).isFalse();
    }

    @Test
    void logLinesReachTheListeners(@TempDir Path dir) {
        fake.withLog("webapp-db-1", "db ready");
        RunViewModel run = vm(dir);
        List<String> seen = new ArrayList<>();
        run.onLogLine(l -> seen.add(l.text()));
        run.up(webapp, List.of("db"));
        assertThat(seen).containsExactly("db ready");
    }

    @Test
    void upFromTheToolbarShowsThePlanAndADeclineChangesNothing(@TempDir Path dir) {
        RunViewModel run = vm(dir);
        List<Plan> shown = new ArrayList<>();
        run.upAfterPreview(webapp, (plan, commands) -> shown.add(plan) && false);
        assertThat(shown).singleElement().asString().contains("create container webapp-db-1");
        assertThat(fake.calls()).noneMatch(c -> c.startsWith("create") || c.startsWith("start"));
        assertThat(run.messageProperty().get()).isEqualTo("Up cancelled: nothing was changed.");
    }

    /** Regression: the toolbar's Up ran its first plan, so a service whose image was fetched again kept its container. */
    @Test
    void upFromTheToolbarRecreatesAContainerWhoseImageItFetchedAgain(@TempDir Path dir) {
        RunViewModel run = vm(dir);
        List<Plan> shown = new ArrayList<>();
        run.upAfterPreview(webapp, (plan, commands) -> shown.add(plan));
        assertThat(run.messageProperty().get())
                .isEqualTo("Up: " + shown.getFirst().operations().size() + " operations — done");
        fake.removeImage("webapp-web");
        int before = fake.calls().size();
        run.upAfterPreview(webapp, (plan, commands) -> true);
        assertThat(fake.calls().subList(before, fake.calls().size()))
                .containsSubsequence("pull webapp-web", "remove webapp-web-1", "create webapp-web-1", "start webapp-web-1");
    }

    @Test
    void withoutAnEngineActionsSayWhatIsMissing(@TempDir Path dir) {
        TopologyViewModel topology = new TopologyViewModel(new PositionStore(dir));
        RunViewModel run = new RunViewModel(null, Runnable::run, Runnable::run, topology);
        run.stop(webapp, List.of());
        assertThat(run.messageProperty().get()).isEqualTo("No Docker Engine: start dockerd and reopen the project.");
    }
}
