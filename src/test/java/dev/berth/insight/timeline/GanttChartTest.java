package dev.berth.insight.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import dev.berth.insight.Loads;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart marks the critical path's bars, and the SVG outlines those and only those. */
class GanttChartTest {
    @TempDir Path dir;

    @Test
    void theChainsBarsAreCriticalAndTheSiblingsAreNot() {
        Project p = Loads.load(dir, """
                services:
                  db: {image: db, healthcheck: {test: [CMD, "true"], interval: 1s}}
                  side: {image: s}
                  api: {image: a, depends_on: {db: {condition: service_healthy}, side: {condition: service_started}}}
                """).project();
        long s = 1_000_000_000L;
        StartupTimeline t = StartupTimeline.of(p, Map.of(
                "db", new ServiceTimes("db", 0L, s / 10, 2 * s, null, null, null),
                "side", new ServiceTimes("side", 0L, s / 5, null, null, null, null),
                "api", new ServiceTimes("api", 0L, 3 * s, null, null, null, null)), 0L);
        GanttChart chart = GanttChart.of(t);

        assertThat(chart.rows()).extracting(GanttChart.Row::serviceName).containsExactly("db", "side", "api");
        assertThat(chart.rows().get(0).bars()).filteredOn(GanttChart.Bar::critical)
                .extracting(GanttChart.Bar::phase).containsExactly(GanttChart.Phase.WAITING, GanttChart.Phase.CHECKING);
        assertThat(chart.rows().get(1).bars()).noneMatch(GanttChart.Bar::critical);
        assertThat(chart.rows().get(2).note()).isEqualTo("db healthy, side started");
        assertThat(chart.end()).isEqualTo(3.0);
        String svg = GanttSvg.render(chart, "start-up");
        assertThat(svg.split("stroke=\"#c62828\"", -1)).hasSize(4); // db waiting + checking, api waiting
    }
}
