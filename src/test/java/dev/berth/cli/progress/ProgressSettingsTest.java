package dev.berth.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressSettingsTest {

    private static ProgressMode output(String progress, String ansi, boolean terminal, Map<String, String> env) {
        return ProgressSettings.of(progress, ansi, terminal, env).output();
    }

    @Test
    void autoIsTheLiveViewOnATerminalAndPlainOtherwise() {
        assertThat(output(null, null, true, Map.of())).isEqualTo(ProgressMode.TTY);
        assertThat(output(null, null, false, Map.of())).isEqualTo(ProgressMode.PLAIN);
        assertThat(output("auto", "auto", false, Map.of())).isEqualTo(ProgressMode.PLAIN);
    }

    @Test
    void explicitModesWinOverTheTerminal() {
        assertThat(output("plain", null, true, Map.of())).isEqualTo(ProgressMode.PLAIN);
        assertThat(output("json", null, true, Map.of())).isEqualTo(ProgressMode.JSON);
        assertThat(output("quiet", null, true, Map.of())).isEqualTo(ProgressMode.QUIET);
        assertThat(output("tty", null, false, Map.of())).isEqualTo(ProgressMode.TTY);
    }

    @Test
    void ansiNeverMakesAutoPlainAndRefusesTty() {
        assertThat(output(null, "never", true, Map.of())).isEqualTo(ProgressMode.PLAIN);
        assertThat(output(null, "always", false, Map.of())).isEqualTo(ProgressMode.TTY);
        assertThatThrownBy(() -> output("tty", "never", true, Map.of()))
                .hasMessage("can't use --progress tty while ANSI support is disabled");
    }

    @Test
    void environmentVariablesApplyOnlyWithoutTheFlag() {
        Map<String, String> env = Map.of("COMPOSE_PROGRESS", "json", "COMPOSE_ANSI", "never");
        assertThat(output(null, null, true, env)).isEqualTo(ProgressMode.JSON);
        assertThat(output("quiet", null, true, env)).isEqualTo(ProgressMode.QUIET);
        assertThat(ProgressSettings.of(null, null, true, env).ansi()).isEqualTo(AnsiMode.NEVER);
        assertThat(ProgressSettings.of(null, "always", true, env).ansi()).isEqualTo(AnsiMode.ALWAYS);
    }

    @Test
    void unknownProgressIsAnErrorButUnknownAnsiMeansAutoAsInTheReference() {
        assertThatThrownBy(() -> ProgressMode.parse("bogus")).hasMessage("unsupported --progress value \"bogus\"");
        assertThat(AnsiMode.parse("bogus")).isEqualTo(AnsiMode.AUTO);
    }

    @Test
    void noColorKeepsTheLiveViewButDropsColours() {
        assertThat(ProgressSettings.of(null, null, true, Map.of("NO_COLOR", "1")).colour()).isFalse();
        assertThat(ProgressSettings.of(null, null, true, Map.of()).colour()).isTrue();
    }

    @Test
    void logColoursFollowAnsiAndTheTerminalLikeTheReference() {
        assertThat(ProgressSettings.of(null, null, true, Map.of()).logColours()).isTrue();
        assertThat(ProgressSettings.of(null, null, false, Map.of()).logColours()).isFalse();
        assertThat(ProgressSettings.of(null, "never", true, Map.of()).logColours()).isFalse();
        assertThat(ProgressSettings.of(null, null, true, Map.of("COMPOSE_ANSI", "never")).logColours()).isFalse();
        assertThat(ProgressSettings.of(null, "always", false, Map.of()).logColours()).isTrue();
        assertThat(ProgressSettings.of(null, "always", false, Map.of("NO_COLOR", "1")).logColours()).isFalse();
    }
}
