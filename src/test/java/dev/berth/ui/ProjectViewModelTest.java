package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The project view model over the real loader and the bundled samples; everything runs on the test thread. */
class ProjectViewModelTest {
    private final Path root = Path.of("").toAbsolutePath();
    private final ProjectViewModel vm = new ProjectViewModel(Backends.loader(), Runnable::run, Runnable::run, Map.of(), root);

    @Test
    void opensTheWebappSample() {
        vm.open(List.of(root.resolve("compose-samples/webapp/compose.yaml")));
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.project().services().keySet()).containsExactlyInAnyOrder("db", "api", "web");
        assertThat(vm.statusProperty().get()).isEqualTo("webapp: 3 services");
    }

    @Test
    void tickingAProfileLoadsItsServicesAndUntickingGhostsThem() {
        vm.open(List.of(root.resolve("compose-samples/profiles/compose.yaml")));
        assertThat(vm.profiles()).containsExactly("debug", "monitoring");
        assertThat(vm.project().services().keySet()).containsExactly("app");
        assertThat(vm.project().disabledServices().keySet()).contains("debugger", "metrics", "dashboard");

        vm.setProfile("monitoring", true);
        assertThat(vm.problems()).as("problems").isEmpty();
        assertThat(vm.project().services().keySet()).containsExactlyInAnyOrder("app", "metrics", "dashboard");
        assertThat(vm.cliLineProperty().get()).isEqualTo("berth -f compose-samples/profiles/compose.yaml --profile monitoring up");

        vm.setProfile("monitoring", false);
        assertThat(vm.project().services().keySet()).containsExactly("app");
        assertThat(vm.requestProperty().get().profiles()).isEmpty();
    }

    @Test
    void aBrokenFileGivesProblemsWithTheirLineAndKeepsTheLastGoodProject() {
        vm.open(List.of(root.resolve("compose-samples/webapp/compose.yaml")));
        vm.open(List.of(root.resolve("src/test/resources/ui/broken/compose.yaml")));
        assertThat(vm.problems()).isNotEmpty();
        Problem first = vm.problems().getFirst();
        assertThat(first.location()).isNotNull();
        assertThat(first.location().line()).isGreaterThan(1);
        assertThat(vm.statusProperty().get()).contains("problem");
        assertThat(vm.project().name()).isEqualTo("webapp");
    }

    @Test
    void cliLineLeavesOutTheDefaultFileAndNamesOverridesAndEnvFiles() {
        LoadRequest r = new LoadRequest(List.of(root.resolve("compose.yaml")), List.of(), Set.of("debug"));
        assertThat(r.cliLine(root, "up")).isEqualTo("berth --profile debug up");
        LoadRequest two = new LoadRequest(List.of(root.resolve("a.yaml"), root.resolve("b.yaml")), List.of(root.resolve("x.env")),
                Set.of("b", "a"));
        assertThat(two.cliLine(root, "up")).isEqualTo("berth -f a.yaml -f b.yaml --env-file x.env --profile a --profile b up");
    }
}
