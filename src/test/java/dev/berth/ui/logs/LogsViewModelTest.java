package dev.berth.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.EngineEvent;
import dev.berth.ui.inspector.SecretMask;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogsViewModelTest {
    private final LogsViewModel vm = new LogsViewModel();

    private static EngineEvent.LogLine line(String service, String text) {
        return new EngineEvent.LogLine(service, "p-" + service + "-1", false, null, text);
    }

    @Test
    void choosingServicesAndSearchingFilterTheLines() {
        vm.setProject(List.of("web", "db"), new SecretMask(Set.of()));
        vm.add(line("db", "db ready"));
        vm.add(line("web", "GET / 200"));
        vm.add(line("web", "GET /favicon 404"));
        vm.choose(Set.of("web"));
        assertThat(vm.shown()).extracting(LogEntry::text).containsExactly("GET / 200", "GET /favicon 404");
        vm.searchProperty().set("404");
        assertThat(vm.shown()).extracting(LogEntry::text).containsExactly("GET /favicon 404");
        vm.choose(Set.of());
        vm.searchProperty().set("");
        assertThat(vm.shown()).hasSize(3);
    }

    @Test
    void pausedLinesWaitAndArriveOnResume() {
        vm.add(line("db", "one"));
        vm.pausedProperty().set(true);
        vm.add(line("db", "two"));
        assertThat(vm.shown()).extracting(LogEntry::text).containsExactly("one");
        assertThat(vm.heldCount()).isEqualTo(1);
        vm.pausedProperty().set(false);
        assertThat(vm.shown()).extracting(LogEntry::text).containsExactly("one", "two");
    }

    @Test
    void secretValuesNeverReachTheLogView() {
        vm.setProject(List.of("db"), new SecretMask(Set.of("hunter22")));
        vm.add(line("db", "password is hunter22"));
        assertThat(vm.shown().getFirst().text()).isEqualTo("password is " + SecretMask.MASK);
    }

    @Test
    void coloursFollowTheSortedServiceNames() {
        vm.setProject(List.of("web", "api", "db"), new SecretMask(Set.of()));
        assertThat(List.of(vm.colourOf("api"), vm.colourOf("db"), vm.colourOf("web"))).containsExactly(0, 1, 2);
    }

    @Test
    void keepsOnlyTheLastLines() {
        for (int i = 0; i < LogsViewModel.LIMIT + 10; i++) {
            vm.add(line("db", "line " + i));
        }
        assertThat(vm.shown()).hasSize(LogsViewModel.LIMIT);
        assertThat(vm.shown().getFirst().text()).isEqualTo("line 10");
    }
}
