package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code logs --since} values, read as the engine's CLI reads them. */
class TimeArgumentTest {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant parse(String value) {
        return TimeArgument.parse(value, NOW, BERLIN);
    }

    @Test
    void durationsCountBackFromNowInGoSyntax() {
        assertThat(parse("10m")).isEqualTo(NOW.minus(Duration.ofMinutes(10)));
        assertThat(parse("1h30m")).isEqualTo(NOW.minus(Duration.ofMinutes(90)));
        assertThat(parse("1.5h")).isEqualTo(NOW.minus(Duration.ofMinutes(90)));
        assertThat(parse("250ms")).isEqualTo(NOW.minusMillis(250));
        assertThat(parse("-1h")).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void datesAndTimesWithoutAZoneAreTheCallersLocalTime() {
        assertThat(parse("2026-11-28")).isEqualTo(Instant.parse("2026-11-27T23:00:00Z"));
        assertThat(parse("2026-11-28T10")).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
        assertThat(parse("2026-11-28T10:30")).isEqualTo(Instant.parse("2026-11-28T09:30:00Z"));
        assertThat(parse("2026-07-01T10:30:15.5")).isEqualTo(Instant.parse("2026-07-01T08:30:15.5Z"));
    }

    @Test
    void datesAndTimesWithAZoneKeepIt() {
        assertThat(parse("2026-11-28T10:30:00Z")).isEqualTo(Instant.parse("2026-11-28T10:30:00Z"));
        assertThat(parse("2026-11-28T10:30:00.123456789+02:00")).isEqualTo(Instant.parse("2026-11-28T08:30:00.123456789Z"));
        assertThat(parse("2026-11-28T10:30-05:00")).isEqualTo(Instant.parse("2026-11-28T15:30:00Z"));
    }

    @Test
    void bareNumbersAreSecondsSinceTheEpoch() {
        assertThat(parse("1700000000")).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(parse("1700000000.25")).isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 250_000_000L));
        assertThat(parse("0")).isEqualTo(Instant.EPOCH);
    }

    @Test
    void anythingElseIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> parse("1d")).hasMessage("failed to parse value as time or duration: \"1d\"");
        assertThatThrownBy(() -> parse("yesterday")).hasMessageContaining("\"yesterday\"");
        assertThatThrownBy(() -> parse("2026-13-01")).hasMessageContaining("invalid time \"2026-13-01\"");
    }

    @Test
    void theCallersTimeZoneComesFromItsTz() {
        assertThat(TimeArgument.zone(Map.of("TZ", "Asia/Tokyo"))).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(TimeArgument.zone(Map.of("TZ", ":UTC"))).isEqualTo(ZoneId.of("UTC"));
        assertThat(TimeArgument.zone(Map.of("TZ", "Not/AZone"))).isEqualTo(ZoneId.systemDefault());
        assertThat(TimeArgument.zone(Map.of())).isEqualTo(ZoneId.systemDefault());
    }
}
