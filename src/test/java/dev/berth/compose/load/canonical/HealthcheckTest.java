package dev.berth.compose.load.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Healthcheck;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthcheckTest {
    @Test
    void stringTestRunsInAShellAndDurationsPrintAsGoDoes() {
        Fixture f = new Fixture("""
                services:
                  db:
                    image: pg
                    healthcheck:
                      test: pg_isready -U app
                      interval: 90s
                      timeout: 500ms
                      retries: "5"
                      start_period: 1h
                """);
        assertThat(f.at("services.db.healthcheck")).isEqualTo(Fixture.parse("""
                test: [CMD-SHELL, pg_isready -U app]
                timeout: 500ms
                interval: 1m30s
                retries: 5
                start_period: 1h0m0s
                """));
        Healthcheck h = f.project().service("db").healthcheck();
        assertThat(h.test()).containsExactly("CMD-SHELL", "pg_isready -U app");
        assertThat(h.interval()).isEqualTo(Duration.ofSeconds(90));
        assertThat(h.retries()).isEqualTo(5);
    }

    @Test
    void disabledHealthcheckKeepsDisable() {
        Fixture f = new Fixture("""
                services:
                  db: {image: pg, healthcheck: {disable: true, test: [NONE]}}
                """);
        assertThat(f.project().service("db").healthcheck().disable()).isTrue();
        assertThat(f.project().service("db").healthcheck().test()).isEqualTo(List.of("NONE"));
    }

    @Test
    void goDurationsRoundTrip() {
        assertThat(GoDuration.format(GoDuration.parse("1m30s"))).isEqualTo("1m30s");
        assertThat(GoDuration.format(GoDuration.parse("2h"))).isEqualTo("2h0m0s");
        assertThat(GoDuration.format(GoDuration.parse("1.5s"))).isEqualTo("1.5s");
        assertThat(GoDuration.format(GoDuration.parse("10ms"))).isEqualTo("10ms");
    }
}
