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

    @Test
    void timeSinceStartComesFromTheKernelsClockSinceBoot() throws Exception {
        long jvmUp = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        var since = FirstFrame.sinceStartOnLinux();
        org.junit.jupiter.api.Assumptions.assumeTrue(since.isPresent(), "Linux only");
        // the process started a little before the JVM's clock did (20 ms: the kernel clock's steps)
        assertThat(since.getAsLong()).isBetween(jvmUp - 20, jvmUp + 300);
    }
}
