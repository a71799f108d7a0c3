package dev.berth.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ComposeEngine;
import dev.berth.engine.EventSink;
import dev.berth.engine.UpOptions;
import dev.berth.ui.Backends;
import dev.berth.ui.FxHarness;
import dev.berth.ui.MainPane;
import dev.berth.ui.ProjectSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What live usage costs with 50 services running: bars on all 50 boxes and the inspector's chart on screen, measured
 * as the whole process's CPU and the UI thread's over 20 s, against the same window with nothing streamed. A
 * benchmark, not a test (scripts/bench-ui.sh runs it with BERTH_BENCH_USAGE=1): it appends its numbers to
 * target/benchmark-ui.txt and asserts only that the streams ran on screen and stopped when the window was iconified.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "berth.bench.usage", matches = "true")
class LiveUsageBenchmarkFxTest {
    private static final int SERVICES = 50;
    private final String name = "berthcost" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    @TempDir Path dir;
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
    void fiftyServicesBarsAndAChartCostLittle(FxRobot robot) throws Exception {
        assertThat(engine).as("a Docker Engine answers").isNotNull();
        StringBuilder yaml = new StringBuilder("services:\n");
        for (int i = 0; i < SERVICES; i++) {
            yaml.append("  s").append(i).append(": {image: berth/busybox:latest, init: true, command: [sleep, '600']}\n");
        }
        Path file = Files.writeString(dir.resolve("compose.yaml"), yaml);
        robot.interact(() -> harness.vm.open(List.of(file)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> harness.vm.project().project() != null);
        engine.up(harness.vm.project().project(), UpOptions.defaults(), EventSink.NONE);
        MainPane main = (MainPane) harness.stage.getScene().getRoot().lookup("#main");
        LiveUsageViewModel live = harness.vm.insight().liveUsage();
        robot.interact(() -> {
            main.topology().fit();
            harness.vm.topology().select("service-s0");
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> live.streaming() == SERVICES
                && live.latest().size() == SERVICES);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> main.usage().chart().isVisible());
        double[] shown = measure();
        robot.interact(() -> harness.stage.setIconified(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.streaming() == 0);
        double[] idle = measure();
        String line = String.format("live usage, %d services: process %.1f%% of one core, UI thread %.1f%% "
                + "(streams stopped: process %.1f%%, UI thread %.1f%%), load %s%n", SERVICES, shown[0], shown[1], idle[0],
                idle[1], Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        System.out.print(line);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-ui.txt"), line, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Process and UI-thread CPU over 20 s, as percent of one core. */
    private static double[] measure() throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CompletableFuture<Long> fx = new CompletableFuture<>();
        Platform.runLater(() -> fx.complete(Thread.currentThread().threadId()));
        long fxId = fx.get();
        long cpu0 = os.getProcessCpuTime();
        long ui0 = threads.getThreadCpuTime(fxId);
        long wall0 = System.nanoTime();
        TimeUnit.SECONDS.sleep(20); // a measurement window, not a wait for an outcome
        double wall = System.nanoTime() - wall0;
        return new double[] {(os.getProcessCpuTime() - cpu0) / wall * 100, (threads.getThreadCpuTime(fxId) - ui0) / wall * 100};
    }
}
