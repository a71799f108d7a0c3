package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns and words as the engine's CLI prints them (compared with docker compose v2.40.3's output). */
class TableTest {
    @Test
    void columnsAreAsWideAsTheirWidestCellPlusPaddingAndTheLastIsNotPadded() {
        String out = Table.PS.render(List.of(List.of("NAME", "STATUS", "PORTS"), List.of("p-worker-1", "Up 2 seconds", "")));
        assertThat(out).isEqualTo("NAME         STATUS         PORTS\np-worker-1   Up 2 seconds   \n");
    }

    @Test
    void wideTablesHaveColumnsOfTwentyAtLeast() {
        String out = Table.WIDE.render(List.of(List.of("NAME", "STATUS", "CONFIG FILES"),
                List.of("berth-training-25942", "created(1), exited(1)", "/tmp/c.yaml")));
        assertThat(out).isEqualTo("NAME" + " ".repeat(19) + "STATUS" + " ".repeat(18) + "CONFIG FILES\n"
                + "berth-training-25942   created(1), exited(1)   /tmp/c.yaml\n");
        assertThat(Table.WIDE.render(List.of(List.of("NAME", "STATUS"), List.of("p", "running(1)"))))
                .isEqualTo("NAME" + " ".repeat(16) + "STATUS\np" + " ".repeat(19) + "running(1)\n");
    }

    @Test
    void durationsInTheEngineCliWords() {
        assertThat(Human.duration(Duration.ofMillis(400))).isEqualTo("Less than a second");
        assertThat(Human.duration(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(Human.duration(Duration.ofSeconds(59))).isEqualTo("59 seconds");
        assertThat(Human.duration(Duration.ofSeconds(90))).isEqualTo("About a minute");
        assertThat(Human.duration(Duration.ofMinutes(59))).isEqualTo("59 minutes");
        assertThat(Human.duration(Duration.ofMinutes(80))).isEqualTo("About an hour");
        assertThat(Human.duration(Duration.ofHours(7).plusMinutes(18))).isEqualTo("7 hours");
        assertThat(Human.duration(Duration.ofDays(3))).isEqualTo("3 days");
        assertThat(Human.duration(Duration.ofDays(20))).isEqualTo("2 weeks");
        assertThat(Human.duration(Duration.ofDays(100))).isEqualTo("3 months");
        assertThat(Human.duration(Duration.ofDays(800))).isEqualTo("2 years");
    }

    @Test
    void sizesInDecimalUnitsWithThreeDigits() {
        assertThat(Human.size(1_984_230)).isEqualTo("1.98MB");
        assertThat(Human.size(0)).isEqualTo("0B");
        assertThat(Human.size(512)).isEqualTo("512B");
        assertThat(Human.size(2_000_000_000L)).isEqualTo("2GB");
        assertThat(Human.size(123_456)).isEqualTo("123kB");
    }
}
