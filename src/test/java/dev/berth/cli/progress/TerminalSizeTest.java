package dev.berth.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalSizeTest {

    @Test
    void columnsAndLinesFromTheCallersEnvironmentWin() {
        assertThat(TerminalSize.of(Map.of("COLUMNS", "132", "LINES", "50"))).isEqualTo(new TerminalSize(132, 50));
    }

    @Test
    void withoutAReadableTerminalItFallsBackToEightyByTwentyFour() {
        assertThat(TerminalSize.of(Map.of("BERTH_TTY", "/nonexistent/tty"))).isEqualTo(TerminalSize.DEFAULT);
        assertThat(TerminalSize.of(Map.of("BERTH_TTY", "/nonexistent/tty", "COLUMNS", "0", "LINES", "x")))
                .isEqualTo(TerminalSize.DEFAULT);
        assertThat(TerminalSize.of(Map.of("BERTH_TTY", "/nonexistent/tty", "COLUMNS", "100")))
                .isEqualTo(new TerminalSize(100, 24));
    }

    @Test
    void theBackgroundLookUpGivesTheSameAnswer() {
        assertThat(TerminalSize.lookUp(Map.of("COLUMNS", "90", "LINES", "20")).get()).isEqualTo(new TerminalSize(90, 20));
    }
}
