package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.Operation.AwaitDependencies;
import dev.berth.engine.Operation.AwaitReady;
import dev.berth.engine.Operation.BuildImage;
import dev.berth.engine.Operation.CreateContainer;
import dev.berth.engine.Operation.RemoveContainer;
import dev.berth.engine.Operation.StartContainer;
import dev.berth.engine.Operation.StopContainer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a lane is cut into stages whose containers run side by side. */
class PlanExecutorTest {
    private static final StopContainer STOP_1 = new StopContainer("web", "p-web-1", 10, "down");
    private static final RemoveContainer REMOVE_1 = new RemoveContainer("web", "p-web-1", false, "down");
    private static final StopContainer STOP_2 = new StopContainer("web", "p-web-2", 10, "down");
    private static final RemoveContainer REMOVE_2 = new RemoveContainer("web", "p-web-2", false, "down");

    @Test
    void theReplicasOfAServiceGoDownSideBySideEachInOrder() {
        assertThat(PlanExecutor.stages(List.of(STOP_1, REMOVE_1, STOP_2, REMOVE_2)))
                .containsExactly(List.of(List.of(STOP_1, REMOVE_1), List.of(STOP_2, REMOVE_2)));
    }

    @Test
    void waitsAndImagesSeparateTheStagesOfAnUp() {
        BuildImage build = new BuildImage("web", "p-web", "missing");
        CreateContainer create1 = new CreateContainer("web", "p-web-1", 1, "missing");
        CreateContainer create2 = new CreateContainer("web", "p-web-2", 2, "missing");
        AwaitDependencies await = new AwaitDependencies("web", List.of(), "depends_on");
        StartContainer start1 = new StartContainer("web", "p-web-1", "missing");
        StartContainer start2 = new StartContainer("web", "p-web-2", "missing");
        AwaitReady ready = new AwaitReady("web", "running");
        assertThat(PlanExecutor.stages(List.of(build, create1, create2, await, start1, start2, ready))).containsExactly(
                List.of(List.of(build)),
                List.of(List.of(create1), List.of(create2)),
                List.of(List.of(await)),
                List.of(List.of(start1), List.of(start2)),
                List.of(List.of(ready)));
    }

    @Test
    void aDependantStoppedBeforeItsDependencyIsRecreatedStopsFirst() {
        StopContainer dependant = new StopContainer("api", "p-api-1", 10, "dependency web will be recreated");
        CreateContainer create = new CreateContainer("web", "p-web-1", 1, "config changed");
        assertThat(PlanExecutor.stages(List.of(dependant, STOP_1, REMOVE_1, create))).containsExactly(
                List.of(List.of(dependant)),
                List.of(List.of(STOP_1, REMOVE_1, create)));
    }
}
