package dev.berth.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ComposeEngine;
import dev.berth.ui.Backends;
import dev.berth.ui.FxHarness;
import dev.berth.ui.ProjectSource;
import dev.berth.ui.topology.ContainerState;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Live usage in the main window: bars on the boxes of running services on screen (none on a service that exited),
 * streams stopped when a box is focused out, and the inspector's chart of the selected service (screenshot
 * stats-nodes).
 */
@ExtendWith(ApplicationExtension.class)
class LiveUsageFxTest {
    private final String name = "berthuse" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    private static ComposeEngine engine;

    @BeforeAll
    static void connect() {
        engine = Backends.engine(System.getenv());
    }

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, FxHarness.named(name), engine);
    }

    @AfterEach
    void down() {
        harness.down(name, engine, null);
    }

    @Test
    void runningBoxesShowTheirUsageAndTheInspectorChartsTheSelectedService(FxRobot robot) throws Exception {
        assertThat(engine).as("a Docker Engine answers").isNotNull();
        robot.interact(() -> harness.vm.open(List.of(Path.of("src/test/resources/ui/insight/usage/compose.yaml")
                .toAbsolutePath())));
        FxHarness.waitFor(20, () -> robot.lookup("#service-idle").tryQuery().isPresent());
        GraphUsage usage = ((dev.berth.ui.MainPane) harness.stage.getScene().getRoot().lookup("#main")).usage();
        LiveUsageViewModel live = harness.vm.insight().liveUsage();
        assertThat(live.streaming()).as("nothing runs yet").isZero();

        robot.interact(() -> harness.vm.run().up(harness.vm.project().project(), List.of()));
        FxHarness.waitFor(60, () -> state("idle") == ContainerState.RUNNING && state("busy") == ContainerState.RUNNING);
        // within a few ticks of the start, both running boxes carry bars with figures; the exited one none
        try {
            // a stream's first sample takes a second or two, then the once-a-second round: 20 s under a loaded machine
            FxHarness.waitFor(20, () -> shown(usage, "idle") && shown(usage, "busy")
                    && live.followed().containsAll(Set.of("idle", "busy")) && live.streaming() == 2);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("followed " + live.followed() + ", streams " + live.streaming() + ", statuses "
                    + harness.vm.topology().statuses());
        }
        // only running containers are streamed, whatever the box says: an exited one has no bars
        assertThat(usage.bars("once").isVisible()).isFalse();
        assertThat(usage.bars("idle").shown().memoryLimitBytes()).as("against its own limit").isEqualTo(64L << 20);
        assertThat(robot.lookup("#service-idle .usage-bars").tryQuery()).isPresent();

        // the inspector charts the selected service from the same stream
        robot.clickOn("#service-idle");
        UsageChart chart = usage.chart();
        FxHarness.waitFor(10, () -> chart.isVisible() && "idle".equals(chart.service()));
        FxHarness.waitFor(20, () -> live.history("busy").samples().size() >= 8);
        robot.clickOn("#service-busy");
        FxHarness.waitFor(10, () -> "busy".equals(chart.service()));
        WaitForAsyncUtils.waitForFxEvents();
        FxHarness.shoot(harness.stage.getScene(), "stats-nodes");

        // a box focused out of view stops its stream; the selected one keeps it for the chart
        robot.interact(() -> harness.vm.topology().select(null));
        robot.interact(() -> ((dev.berth.ui.MainPane) harness.stage.getScene().getRoot().lookup("#main")).topology()
                .highlight(Set.of("service-busy"), true));
        FxHarness.waitFor(5, () -> live.streaming() == 1);
        assertThat(live.followed()).containsExactly("busy");
        assertThat(usage.bars("idle").isVisible()).isFalse();

        // a hidden window streams nothing
        robot.interact(() -> harness.stage.hide());
        FxHarness.waitFor(5, () -> live.streaming() == 0);
    }

    private ContainerState state(String service) {
        var s = harness.vm.topology().statuses().get("service-" + service);
        return s == null ? null : s.state();
    }

    private static boolean shown(GraphUsage usage, String service) {
        UsageBars b = usage.bars(service);
        return b != null && b.isVisible() && b.shown() != null;
    }
}
