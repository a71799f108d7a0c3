package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.cli.progress.AnsiMode;
import dev.berth.cli.progress.ProgressMode;
import dev.berth.cli.progress.ProgressSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ProgressFlagsTest {

    @Command(name = "probe")
    static class Probe implements Runnable {
        @Mixin
        GlobalOptions global;
        ProgressSettings seen;

        @Override
        public void run() {
            seen = global.progressSettings();
        }
    }

    private static Invocation caller(Map<String, String> env, boolean terminal) {
        return new Invocation(env, Path.of("/work/x"), terminal, InputStream.nullInputStream(),
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()), "tester");
    }

    private static ProgressSettings parse(Map<String, String> env, boolean terminal, String... args) {
        Probe probe = new Probe();
        CommandLine cli = new CommandLine(new BerthCommand()).addSubcommand(probe);
        BerthCommand.attach(cli, caller(env, terminal));
        assertThat(cli.execute(args)).isZero();
        return probe.seen;
    }

    @Test
    void progressAndAnsiAreGlobalFlagsAndTheSubcommandsOwnWins() {
        ProgressSettings s = parse(Map.of(), true, "--progress", "json", "--ansi", "never", "probe");
        assertThat(s.mode()).isEqualTo(ProgressMode.JSON);
        assertThat(s.ansi()).isEqualTo(AnsiMode.NEVER);
        assertThat(parse(Map.of(), true, "--progress", "json", "probe", "--progress", "quiet").mode())
                .isEqualTo(ProgressMode.QUIET);
    }

    @Test
    void theCallersTerminalAndEnvironmentDecideAuto() {
        assertThat(parse(Map.of(), true, "probe").output()).isEqualTo(ProgressMode.TTY);
        assertThat(parse(Map.of(), false, "probe").output()).isEqualTo(ProgressMode.PLAIN);
        assertThat(parse(Map.of("COMPOSE_PROGRESS", "quiet"), true, "probe").output()).isEqualTo(ProgressMode.QUIET);
    }

    @Test
    void aBadProgressValueFailsTheCommandWithTheReferencesMessage() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BerthCommand()).addSubcommand(new Probe() {
            @Override
            public void run() {
                global.progress("Running").close();
            }
        });
        BerthCommand.attach(cli, caller(Map.of(), false));
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("--progress", "bogus", "probe")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("berth: unsupported --progress value \"bogus\"\n");
    }

    @Test
    void withJsonProgressTheErrorIsAJsonObjectToo() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BerthCommand()).addSubcommand(new Probe() {
            @Override
            public void run() {
                throw new IllegalStateException("it \"broke\"");
            }
        });
        BerthCommand.attach(cli, caller(Map.of(), false));
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("--progress", "json", "probe")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("{\"error\":true,\"message\":\"berth: it \\\"broke\\\"\"}\n");
    }
}
