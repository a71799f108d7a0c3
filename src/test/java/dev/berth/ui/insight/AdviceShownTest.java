package dev.berth.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.ProjectLoader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Advice is worked out only while it shows, once per load, of the newest load. */
class AdviceShownTest {
    private final Deque<Runnable> worker = new ArrayDeque<>();
    private final InsightViewModel vm = new InsightViewModel(null, worker::add, Runnable::run);

    @Test
    void loadsWhileHiddenCostNothingAndTheNewestIsAdvisedWhenShown() throws Exception {
        vm.setLoaded(load());
        vm.setLoaded(load());
        assertThat(worker).as("nothing worked out while hidden").isEmpty();
        vm.setAdviceShown(true);
        assertThat(worker).hasSize(1);
        worker.removeFirst().run();
        assertThat(vm.advice()).extracting(f -> f.rule()).contains("database-published");

        vm.setAdviceShown(false);
        vm.setAdviceShown(true);
        assertThat(worker).as("the same load is not advised twice").isEmpty();
    }

    @Test
    void aLoadLandingWhileAdviceIsWorkedOutIsAdvisedAfterIt() throws Exception {
        vm.setAdviceShown(true);
        LoadResult first = load();
        vm.setLoaded(first);
        LoadResult second = load();
        vm.setLoaded(second);
        assertThat(worker).as("one at a time").hasSize(1);
        worker.removeFirst().run();
        assertThat(worker).as("then the newest").hasSize(1);
        worker.removeFirst().run();
        assertThat(worker).isEmpty();
        assertThat(vm.advice()).isNotEmpty();
    }

    private static LoadResult load() throws Exception {
        Path file = Path.of("src/test/resources/ui/insight/compose.yaml").toAbsolutePath();
        return new ProjectLoader().load(LoadOptions.ofFiles(List.of(file), Map.of()));
    }
}
