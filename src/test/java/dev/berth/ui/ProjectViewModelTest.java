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

    @Test
    void eachProfileTickIsLoadedAheadAndLaidOutAndTheTickIsAnsweredFromIt() {
        ProjectSource real = Backends.loader();
        List<List<String>> asked = new java.util.ArrayList<>();
        List<dev.berth.compose.model.Project> laidOut = new java.util.ArrayList<>();
        ProjectViewModel ahead = new ProjectViewModel(o -> {
            asked.add(o.profiles());
            return real.load(o);
        }, Runnable::run, Runnable::run, Map.of(), root);
        ahead.onLoadedOffThread(r -> laidOut.add(r.project()));
        ahead.open(List.of(root.resolve("compose-samples/profiles/compose.yaml")));
        assertThat(asked).containsExactly(List.of(), List.of("debug"), List.of("monitoring"));
        assertThat(laidOut).hasSize(3);

        ahead.setProfile("monitoring", true);
        assertThat(ahead.project()).as("the model loaded ahead, not a new one").isSameAs(laidOut.get(2));
        assertThat(ahead.project().services().keySet()).containsExactlyInAnyOrder("app", "metrics", "dashboard");
        // and from there, ticking each profile is loaded ahead again (monitoring off is the first load's result)
        assertThat(asked.subList(3, asked.size())).containsExactly(List.of("monitoring"), List.of("debug", "monitoring"),
                List.of());
    }

    @Test
    void nothingIsLoadedAheadWhileTextIsUnsaved() {
        List<List<String>> asked = new java.util.ArrayList<>();
        ProjectSource real = Backends.loader();
        ProjectViewModel typing = new ProjectViewModel(new ProjectSource() {
            @Override
            public dev.berth.compose.load.LoadResult load(dev.berth.compose.load.LoadOptions o)
                    throws dev.berth.compose.load.LoadException {
                return real.load(o);
            }

            @Override
            public dev.berth.compose.load.LoadResult load(dev.berth.compose.load.LoadOptions o,
                    dev.berth.compose.load.SourceTexts texts) throws dev.berth.compose.load.LoadException {
                asked.add(o.profiles());
                return real.load(o, texts);
            }
        }, Runnable::run, Runnable::run, Map.of(), root);
        Path file = root.resolve("compose-samples/profiles/compose.yaml");
        typing.open(List.of(file));
        asked.clear();
        typing.edited(Map.of(file, "services:\n  app: {image: a}\n  dbg: {image: d, profiles: [debug]}\n"));
        assertThat(typing.project().services()).containsOnlyKeys("app");
        assertThat(asked).containsExactly(List.of());
    }
}
