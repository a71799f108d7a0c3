package dev.berth.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import dev.berth.ui.TestProjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A layout prepared on the load's worker is shown at once for that project, with the dragged boxes where they were. */
class PreparedLayoutTest {
    @Test
    void aPreparedProjectLandsWithoutAWorkerAndAnotherIsLaidOutAsBefore(@TempDir Path dir) {
        List<Runnable> worker = new ArrayList<>();
        TopologyViewModel vm = new TopologyViewModel(new PositionStore(dir), worker::add, Runnable::run);
        Project p = TestProjects.webapp();
        vm.show(p);
        worker.removeFirst().run(); // the first load, laid out on the worker
        vm.moveNode("service-web", 900, 15);

        Project again = TestProjects.webapp();
        vm.prepare(again);
        vm.show(again);
        assertThat(worker).as("nothing handed to a worker").isEmpty();
        assertThat(vm.project()).isSameAs(again);
        GraphNode web = vm.topologyProperty().get().node("service-web").orElseThrow();
        assertThat(web.x()).isEqualTo(900);
        assertThat(web.y()).isEqualTo(15);
        assertThat(vm.topologyProperty().get().nodes()).hasSameSizeAs(new TopologyLayout().layout(again).nodes());

        Project other = TestProjects.webapp(); // not the one prepared: laid out on the worker as before
        vm.show(other);
        assertThat(worker).hasSize(1);
        assertThat(vm.project()).isSameAs(again);
        worker.removeFirst().run();
        assertThat(vm.project()).isSameAs(other);
    }
}
