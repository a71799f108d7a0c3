package dev.berth.insight.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.berth.engine.StatsSample;
import org.junit.jupiter.api.Test;

/** CPU as the engine's CLI computes it, I/O as rates between samples, memory against the limit. */
class UsageFiguresTest {
    private static StatsSample sample(long cpu, long preCpu, long sys, long preSys, long rx, long write) {
        return new StatsSample("p-web-1", cpu, preCpu, sys, preSys, 2, 256L << 20, 1L << 30, rx, 0, 0, write, 3);
    }

    @Test
    void cpuIsTheShareOfSystemTimeTimesTheCpusAndRatesAreBetweenSamples() {
        StatsSample first = sample(1_000, 0, 10_000, 0, 1_000, 0);
        StatsSample second = sample(1_500, 1_000, 12_000, 10_000, 3_000, 8_192);
        ServiceUsage u0 = UsageFigures.of("web", "p-web-1", first, 10_000, null, 0);
        ServiceUsage u1 = UsageFigures.of("web", "p-web-1", second, 12_000, first, 10_000);

        assertThat(u0.netRxPerSecond()).isZero();
        assertThat(u1.cpuPercent()).isCloseTo(50.0, within(1e-9)); // 500 of 2000 system ns, 2 CPUs
        assertThat(u1.netRxPerSecond()).isCloseTo(1_000.0, within(1e-9));
        assertThat(u1.blockWritePerSecond()).isCloseTo(4_096.0, within(1e-9));
        assertThat(u1.memoryShare()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void aCounterThatWentBackAfterARestartGivesNoNegativeRate() {
        StatsSample before = sample(0, 0, 0, 0, 9_000, 0);
        StatsSample after = sample(0, 0, 0, 0, 100, 0);
        assertThat(UsageFigures.of("web", "p-web-1", after, 2_000, before, 1_000).netRxPerSecond()).isZero();
        assertThat(UsageFigures.of("web", "p-web-1", after, 2_000, before, 1_000).cpuPercent()).isZero();
    }

    @Test
    void theHistoryKeepsTheLastSamples() {
        UsageHistory h = new UsageHistory(3);
        for (int i = 0; i < 5; i++) {
            h.add(new ServiceUsage("web", "c", i, i, 0, 0, 0, 0, 0, 0));
        }
        assertThat(h.samples()).extracting(ServiceUsage::atMillis).containsExactly(2L, 3L, 4L);
        assertThat(h.last().atMillis()).isEqualTo(4);
    }
}
