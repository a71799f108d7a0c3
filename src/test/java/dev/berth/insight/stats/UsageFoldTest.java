package dev.berth.insight.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A service's replicas fold into one figure: summed CPU, memory and rates, the newest time; stale samples left out. */
class UsageFoldTest {
    private static ServiceUsage u(String service, String container, long at, double cpu, long mem, long limit) {
        return new ServiceUsage(service, container, at, cpu, mem, limit, 10, 20, 30, 40);
    }

    @Test
    void replicasAreSummedAndOneContainerIsKeptAsItIs() {
        ServiceUsage one = u("db", "p-db-1", 1000, 5, 100, 1000);
        var folded = UsageFold.byService(List.of(one, u("web", "p-web-1", 900, 10, 100, 400),
                u("web", "p-web-2", 1100, 20, 300, 400)), 0);
        assertThat(folded.get("db")).isSameAs(one);
        ServiceUsage web = folded.get("web");
        assertThat(web.atMillis()).isEqualTo(1100);
        assertThat(web.cpuPercent()).isEqualTo(30);
        assertThat(web.memoryShare()).isEqualTo(0.5);
        assertThat(web.netRxPerSecond()).isEqualTo(20);
        assertThat(web.blockWritePerSecond()).isEqualTo(80);
    }

    @Test
    void samplesOlderThanTheCutAreLeftOut() {
        var folded = UsageFold.byService(List.of(u("db", "p-db-1", 1000, 5, 1, 2), u("web", "p-web-1", 5000, 1, 1, 2)), 2000);
        assertThat(folded).containsOnlyKeys("web");
    }
}
