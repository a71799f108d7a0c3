package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ContainerState;
import dev.berth.engine.StatsSample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsRowTest {
    private static final ContainerState WEB = new ContainerState("0b4c5309418e769ee7fe710893f64456", "demo-web-1", "web",
            1, false, "img", "running", null, null, "Up", null, 0, List.of(), List.of(), Map.of());

    @Test
    void sizesReadAsTheEngineCliPrintsThem() {
        assertThat(GoUnits.decimal(0, 3)).isEqualTo("0B");
        assertThat(GoUnits.decimal(746, 3)).isEqualTo("746B");
        assertThat(GoUnits.decimal(1180, 3)).isEqualTo("1.18kB");
        assertThat(GoUnits.decimal(1800, 3)).isEqualTo("1.8kB");
        assertThat(GoUnits.decimal(999_600, 3)).isEqualTo("1e+03kB"); // Go's %g turns 999.6 at 3 digits into 1e+03
        assertThat(GoUnits.binary(790_528)).isEqualTo("772KiB");
        assertThat(GoUnits.binary(25_275_990_016L)).isEqualTo("23.54GiB");
        assertThat(GoUnits.g(0.0001234, 3)).isEqualTo("0.000123");
        assertThat(GoUnits.g(0.00001234, 3)).isEqualTo("1.23e-05");
    }

    @Test
    void cpuIsTheContainersShareOfAllOnlineCpusSinceTheSampleBefore() {
        StatsSample s = new StatsSample(null, 410_710_186, 407_052_796, 612_290_000_000L, 610_270_000_000L, 2,
                729_088, 25_275_990_016L, 1180, 0, 4096, 0, 2);
        Map<String, String> f = StatsRow.fields(WEB, s, true);
        assertThat(f.get("CPUPerc")).isEqualTo("0.36%");
        assertThat(f.get("MemUsage")).isEqualTo("712KiB / 23.54GiB");
        assertThat(f.get("NetIO")).isEqualTo("1.18kB / 0B");
        assertThat(f.get("BlockIO")).isEqualTo("4.1kB / 0B");
        assertThat(f.get("ID")).isEqualTo("0b4c5309418e");
        assertThat(f.keySet()).containsExactly("BlockIO", "CPUPerc", "Container", "ID", "MemPerc", "MemUsage", "Name",
                "NetIO", "PIDs");
    }

    @Test
    void aContainerWithoutSamplesShowsZeros() {
        Map<String, String> f = StatsRow.fields(WEB, null, false);
        assertThat(f).containsEntry("MemUsage", "0B / 0B").containsEntry("CPUPerc", "0.00%")
                .containsEntry("PIDs", "0").containsEntry("ID", WEB.id());
    }

    @Test
    void aLiveFrameRedrawsInPlace() {
        assertThat(StatsCommand.frame("A\nB\n")).isEqualTo("\033[HA\033[K\nB\033[K\n\033[K\n\033[J");
    }
}
