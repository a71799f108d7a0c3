package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad --progress stops every command before it does anything, with the reference's message and exit 1. */
class ProgressCheckTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The whole CLI as main and the daemon run it, in this JVM, on the caller's environment {@code env}. */
    private int berth(Map<String, String> env, String... args) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: berth/busybox:latest\n");
        out.reset();
        err.reset();
        return BerthCommand.execute(BerthCommand.prepare(), InProcessCli.caller(env, dir, "", out, err), args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownValueFailsEveryCommandAtOnce() throws Exception {
        for (String[] args : new String[][] {{"--progress", "bogus", "config", "-q"}, {"--progress", "bogus", "ps"},
                {"--progress", "bogus", "down"}, {"--progress", "bogus", "help"}}) {
            assertThat(berth(Map.of(), args)).as(String.join(" ", args)).isEqualTo(1);
            assertThat(stderr()).isEqualTo("unsupported --progress value \"bogus\"\n");
            assertThat(out.size()).isZero();
        }
    }

    @Test
    void theEnvironmentIsCheckedToo() throws Exception {
        assertThat(berth(Map.of("COMPOSE_PROGRESS", "bogus"), "config", "-q")).isEqualTo(1);
        assertThat(stderr()).isEqualTo("unsupported --progress value \"bogus\"\n");
        assertThat(berth(Map.of("COMPOSE_PROGRESS", "bogus"), "--progress", "plain", "config", "-q")).isZero();
    }

    @Test
    void valuesAreTheReferencesLowerCaseOnes() throws Exception {
        for (String good : new String[] {"auto", "tty", "plain", "json", "quiet", "none", ""}) {
            assertThat(berth(Map.of(), "--progress", good, "config", "-q")).as(good).isZero();
            assertThat(stderr()).isEmpty();
        }
        assertThat(berth(Map.of(), "--progress", "TTY", "config", "-q")).isEqualTo(1);
        assertThat(stderr()).isEqualTo("unsupported --progress value \"TTY\"\n");
    }

    @Test
    void progressThatContradictsAnsiFailsToo() throws Exception {
        assertThat(berth(Map.of(), "--progress", "tty", "--ansi", "never", "config", "-q")).isEqualTo(1);
        assertThat(stderr()).isEqualTo("can't use --progress tty while ANSI support is disabled\n");
        assertThat(berth(Map.of("COMPOSE_ANSI", "always"), "--progress", "plain", "config", "-q")).isEqualTo(1);
        assertThat(stderr()).isEqualTo("can't use --progress plain while ANSI support is forced\n");
    }

    @Test
    void helpAndVersionStillAnswer() throws Exception {
        assertThat(berth(Map.of(), "--progress", "bogus", "config", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage:");
        assertThat(berth(Map.of(), "--progress", "bogus", "--version")).isZero();
        assertThat(out.size()).isPositive();
    }
}
