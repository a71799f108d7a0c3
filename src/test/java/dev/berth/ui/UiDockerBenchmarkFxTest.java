package dev.berth.ui;

import dev.berth.compose.model.Project;
import dev.berth.ui.topology.ContainerState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window through a real `up` on the real dockerd (scripts/bench-ui.sh with BERTH_BENCH_DOCKER=1
 * gives {@code -Dberth.bench.docker.file}, a stack without healthchecks on the local busybox image):
 * the longest gap between frames from Up until every service runs on screen, then Down with volumes.
 * Appends to target/benchmark-ui.txt.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "berth.bench.docker.file", matches = ".+")
class UiDockerBenchmarkFxTest {
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    private final Path file = Path.of(System.getProperty("berth.bench.docker.file", "none")).toAbsolutePath();

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, Backends.loader(), Backends.engine(System.getenv()));
    }

    @Test
    void upOnTheRealEngine(FxRobot robot) throws Exception {
        robot.interact(() -> harness.vm.open(List.of(file)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> harness.vm.project().project() != null);
        Project p = harness.vm.project().project();
        List<Long> frames = new ArrayList<>();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.add(now);
            }
        };
        Platform.runLater(timer::start);
        Thread.sleep(500);
        long start = System.nanoTime();
        try {
            robot.interact(() -> harness.vm.run().up(p, List.of()));
            WaitForAsyncUtils.waitFor(15, TimeUnit.MINUTES, () -> p.services().keySet().stream().allMatch(s -> {
                var st = harness.vm.topology().statuses().get("service-" + s);
                return st != null && st.state() == ContainerState.RUNNING;
            }));
            long running = System.nanoTime();
            Platform.runLater(timer::stop);
            WaitForAsyncUtils.waitForFxEvents();
            long max = 0;
            int over100 = 0;
            for (int i = 1; i < frames.size(); i++) {
                long gap = frames.get(i) - frames.get(i - 1);
                max = Math.max(max, gap);
                over100 += gap > 100_000_000L ? 1 : 0;
            }
            String line = String.format("real dockerd: up of %d services, all running on screen after %.1f s; %d frames, "
                    + "longest gap %.1f ms, gaps > 100 ms: %d%n", p.services().size(), (running - start) / 1e9,
                    frames.size(), max / 1e6, over100);
            System.out.print(line);
            Files.writeString(Path.of("target", "benchmark-ui.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } finally {
            WaitForAsyncUtils.waitFor(5, TimeUnit.MINUTES, () -> !harness.vm.run().busyProperty().get());
            robot.interact(() -> harness.vm.run().down(p, true));
            Thread.sleep(1000);
            WaitForAsyncUtils.waitFor(10, TimeUnit.MINUTES, () -> !harness.vm.run().busyProperty().get());
        }
    }
}
