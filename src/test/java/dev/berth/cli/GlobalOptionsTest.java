package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.LoadOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class GlobalOptionsTest {

    @Command(name = "probe")
    static final class Probe implements Runnable {
        @Mixin
        GlobalOptions global;
        LoadOptions seen;

        @Override
        public void run() {
            seen = global.toLoadOptions(Map.of("A", "1"), Path.of("/work/x"));
        }
    }

    private static LoadOptions parse(String... args) {
        Probe probe = new Probe();
        CommandLine cli = new CommandLine(new BerthCommand()).addSubcommand(probe);
        assertThat(cli.execute(args)).isZero();
        return probe.seen;
    }

    @Test
    void flagsBeforeAndAfterTheSubcommandAreCombinedInOrder() {
        LoadOptions o = parse("-f", "a.yaml", "--profile", "p1", "probe", "-f", "b.yaml", "--profile", "p2");
        assertThat(o.files()).containsExactly(Path.of("a.yaml"), Path.of("b.yaml"));
        assertThat(o.profiles()).containsExactly("p1", "p2");
    }

    @Test
    void subcommandScalarBeatsTheRootOne() {
        LoadOptions o = parse("-p", "outer", "--project-directory", "d1", "probe", "--project-name", "inner");
        assertThat(o.projectName()).isEqualTo("inner");
        assertThat(o.projectDirectory()).isEqualTo(Path.of("/work/x/d1"));
    }

    @Test
    void carriesEnvironmentCwdAndEnvFiles() {
        LoadOptions o = parse("probe", "--env-file", "one.env", "--env-file", "two.env");
        assertThat(o.envFiles()).containsExactly(Path.of("one.env"), Path.of("two.env"));
        assertThat(o.environment()).containsEntry("A", "1");
        assertThat(o.workingDir()).isEqualTo(Path.of("/work/x"));
        assertThat(o.interpolate()).isTrue();
        assertThat(o.files()).isEmpty();
    }
}
