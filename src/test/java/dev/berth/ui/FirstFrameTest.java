package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FirstFrameTest {
    @Test
    void reportLineCarriesTheEpochTimeAndTheTimeSinceProcessStart() {
        Instant now = Instant.now();

        assertThat(FirstFrame.line(now))
                .startsWith("berth: first frame at epoch-ms " + now.toEpochMilli() + " (")
                .matches(".*\\(\\d+ ms after process start\\)");
    }
}
