package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.SourceMap;
import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.engine.EngineEvent;
import dev.berth.ui.topology.TopologyLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Prints (does not assert) how long layout and redraw of 200 services take and how long a state
 * change takes from the engine's event to the node's colour on screen; numbers go to
 * target/benchmark-ui.txt. It asserts only that the drawing and the colour change happened.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "berth.bench.ui", matches = "true")
class TopologyBenchmarkFxTest {
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    private final Project big = bigProject(200);

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, o -> new LoadResult(big, new SourceMap(), List.of()), null);
    }

    static Project bigProject(int n) {
        Map<String, Service> services = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String name = String.format("svc%03d", i);
            Map<String, DependsOn> deps = new LinkedHashMap<>();
            if (i >= 20) {
                deps.put(String.format("svc%03d", i - 20), TestProjects.healthy(String.format("svc%03d", i - 20)));
                deps.put(String.format("svc%03d", (i * 7) % 20), TestProjects.started(String.format("svc%03d", (i * 7) % 20), true));
            }
            services.put(name, TestProjects.simple(name, deps));
        }
        return new Project("big", Path.of("/tmp/big"), List.of(Path.of("/tmp/big/compose.yaml")), services, Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), Map.of());
    }

    @Test
    void layoutRedrawAndEventLatencyOf200Services(FxRobot robot) throws Exception {
        StringBuilder report = new StringBuilder();
        TopologyLayout layout = new TopologyLayout();
        for (int i = 0; i < 20; i++) {
            layout.layout(big);
        }
        long[] layoutNs = new long[20];
        for (int i = 0; i < layoutNs.length; i++) {
            long t = System.nanoTime();
            layout.layout(big);
            layoutNs[i] = System.nanoTime() - t;
        }
        report.append(line("layout of 200 services", layoutNs));

        robot.interact(() -> harness.vm.open(List.of(Path.of("/tmp/big/compose.yaml"))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#service-svc199").tryQuery().isPresent());
        long[][] parts = new long[3][10];
        long[] redrawNs = new long[10];
        for (int i = 0; i < redrawNs.length; i++) {
            long[] p = redrawToScreen(layout);
            parts[0][i] = p[0];
            parts[1][i] = p[1];
            parts[2][i] = p[2];
            redrawNs[i] = p[0] + p[1] + p[2];
        }
        report.append(line("redraw of 200 services, total", redrawNs));
        report.append(line("  building the nodes", parts[0]));
        report.append(line("  CSS and layout", parts[1]));
        report.append(line("  until the next pulse is done (render)", parts[2]));

        robot.interact(() -> harness.vm.run().attach(big));
        long[] latencyNs = new long[30];
        for (int i = 0; i < latencyNs.length; i++) {
            latencyNs[i] = eventToScreen(robot, String.format("svc%03d", i * 6), i % 2 == 0 ? EngineEvent.Phase.HEALTHY : EngineEvent.Phase.UNHEALTHY);
        }
        report.append(line("engine event to node colour on screen", latencyNs));
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-ui.txt"), report.toString(), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(robot.lookup("#service-svc000").query().getPseudoClassStates()).contains(javafx.css.PseudoClass.getPseudoClass("state-healthy"));
    }

    /** Nanoseconds to build the nodes, to apply CSS and lay out, and to finish the next pulse. */
    private long[] redrawToScreen(TopologyLayout layout) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        var topology = layout.layout(big);
        Platform.runLater(() -> {
            var pane = harness.window.pane().topology();
            pane.show(dev.berth.ui.topology.Topology.EMPTY); // a full redraw: the same topology again would change nothing
            long t0 = System.nanoTime();
            pane.show(topology);
            long t1 = System.nanoTime();
            pane.applyCss();
            pane.layout();
            pane.canvas().applyCss();
            pane.canvas().layout();
            long t2 = System.nanoTime();
            pane.getScene().addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    pane.getScene().removePostLayoutPulseListener(this);
                    Platform.runLater(() -> done.complete(new long[] {t1 - t0, t2 - t1, System.nanoTime() - t2}));
                }
            });
            Platform.requestNextPulse();
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    /** From the engine thread's accept() to the pulse after the node took its new state class. */
    private long eventToScreen(FxRobot robot, String service, EngineEvent.Phase phase) throws Exception {
        Node node = robot.lookup("#service-" + service).query();
        String wanted = phase == EngineEvent.Phase.HEALTHY ? "state-healthy" : "state-unhealthy";
        CompletableFuture<Long> done = new CompletableFuture<>();
        long[] start = new long[1];
        Platform.runLater(() -> node.getPseudoClassStates().addListener((javafx.collections.SetChangeListener<javafx.css.PseudoClass>) c -> {
            if (node.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass(wanted)) && !done.isDone()) {
                node.getScene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        node.getScene().removePostLayoutPulseListener(this);
                        done.complete(System.nanoTime() - start[0]);
                    }
                });
                Platform.requestNextPulse();
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.ofPlatform().start(() -> {
            start[0] = System.nanoTime();
            harness.vm.run().sink().accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER,
                    "big-" + service + "-1", service, phase, null, null));
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    private static String line(String what, long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        List<String> parts = new ArrayList<>();
        parts.add(String.format("median %.1f ms", sorted[sorted.length / 2] / 1e6));
        parts.add(String.format("max %.1f ms", sorted[sorted.length - 1] / 1e6));
        parts.add(String.format("min %.1f ms", sorted[0] / 1e6));
        return what + ": " + String.join(", ", parts) + " (" + ns.length + " runs)\n";
    }
}
