package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import dev.berth.engine.EngineEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
 * The window's speed on a large generated stack (scripts/bench-ui.sh gives the file as
 * {@code -Dberth.bench.file}): an engine event to the box's colour on screen, a profile tick, a
 * search keystroke, and the longest gap between frames while a scripted `up` of every service
 * streams its events. Prints and appends to target/benchmark-ui.txt; asserts only that each
 * change reached the screen. Numbers are medians of repeated runs, each up to the end of the
 * pulse that drew the change.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "berth.bench.file", matches = ".+")
class UiBenchmarkFxTest {
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    private final Path file = Path.of(System.getProperty("berth.bench.file", "none")).toAbsolutePath();
    /** When set, loads are answered from the results of earlier ones (the window's own share of a profile tick). */
    private volatile boolean cached;
    private final java.util.Map<List<String>, dev.berth.compose.load.LoadResult> loads = new java.util.concurrent.ConcurrentHashMap<>();

    @Start
    void start(Stage stage) throws Exception {
        ProjectSource real = Backends.loader();
        harness.start(stage, options -> {
            var known = cached ? loads.get(options.profiles()) : null;
            if (known != null) {
                return known;
            }
            var r = real.load(options);
            loads.put(List.copyOf(options.profiles()), r);
            return r;
        }, null);
    }

    @Test
    void largeStack(FxRobot robot) throws Exception {
        Timings out = new Timings();
        long t0 = System.nanoTime();
        robot.interact(() -> harness.vm.open(List.of(file)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> harness.vm.project().project() != null);
        Project p = harness.vm.project().project();
        String first = p.services().keySet().stream().sorted().findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#service-" + first).tryQuery().isPresent());
        out.one("open (load + layout + first drawing), cold", System.nanoTime() - t0);
        robot.interact(() -> harness.vm.run().attach(p));
        stateChanges(robot, out, p);
        profileTicks(robot, out, p);
        searches(robot, out);
        new ScriptedUp(harness, out).run(p);
        out.rss();
        String text = "## " + Instant.now() + " " + file.getFileName() + " (" + p.services().size() + " services on, "
                + p.disabledServices().size() + " off)\n" + out;
        System.out.println(text);
        Files.writeString(Path.of("target", "benchmark-ui.txt"), text + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private void stateChanges(FxRobot robot, Timings out, Project p) throws Exception {
        List<String> names = p.services().keySet().stream().sorted().toList();
        long[] ns = new long[40];
        for (int i = 0; i < ns.length; i++) {
            String svc = names.get((i * 37) % names.size());
            EngineEvent.Phase phase = i % 2 == 0 ? EngineEvent.Phase.HEALTHY : EngineEvent.Phase.UNHEALTHY;
            String wanted = phase == EngineEvent.Phase.HEALTHY ? "state-healthy" : "state-unhealthy";
            var node = robot.lookup("#service-" + svc).query();
            ns[i] = Pulses.toScreen(() -> harness.vm.run().sink().accept(new EngineEvent.ResourceChanged(
                    EngineEvent.Kind.CONTAINER, p.name() + "-" + svc + "-1", svc, phase, null, null)),
                    () -> node.getStyleClass().contains(wanted), false);
        }
        out.add("engine event to box colour on screen", ns);
    }

    private void profileTicks(FxRobot robot, Timings out, Project p) throws Exception {
        String profile = ProjectViewModel.knownProfiles(p).stream().findFirst().orElse(null);
        if (profile == null) {
            return;
        }
        String ghost = p.disabledServices().keySet().stream().sorted().findFirst().orElseThrow();
        long[] total = new long[12];
        long[] ui = new long[12];
        long[] replaced = new long[12];
        for (int i = 0; i < total.length * 2; i++) {
            boolean on = i % 2 == 0;
            cached = i >= total.length;
            long ns = Pulses.toScreen(() -> harness.vm.project().setProfile(profile, on), () -> {
                var n = box("service-" + ghost);
                return n != null && n.getPseudoClassStates().toString().contains("ghost") != on;
            }, true);
            (cached ? ui : total)[i % total.length] = ns;
            replaced[i % total.length] = harness.window.pane().topology().lastReplaced() * 1_000_000L;
        }
        cached = false;
        out.add("profile '" + profile + "' ticked, to screen (the file loaded again on a worker thread)", total);
        out.add("profile '" + profile + "' ticked, to screen, load answered from a cache (the window's own part)", ui);
        out.count("  boxes and lines replaced per tick", replaced);
    }

    private void searches(FxRobot robot, Timings out) throws Exception {
        var field = robot.lookup("#search-field").queryTextInputControl();
        String[] typed = {"s", "s0", "s01", "s012", "", "n", "ne", "net", "net:", "net:n", "net:ne", "net:net",
                "net:net3", "net:net3 ", "net:net3 s", "net:net3 s0", "net:net3 s01", "", "state:ex", ""};
        long[] ns = new long[typed.length * 2];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < typed.length; i++) {
                String text = typed[i];
                ns[round * typed.length + i] = Pulses.toScreen(() -> field.setText(text),
                        () -> harness.vm.search().textProperty().get().equals(text), true);
            }
        }
        out.add("search keystroke to result on screen (dim, fit to matches)", ns);
    }

    /** The box with this id, looked up among the boxes only (a scene-wide lookup would cost more than the change). */
    private javafx.scene.Node box(String id) {
        var layers = harness.window.pane().topology().canvas().getChildrenUnmodifiable();
        for (var n : ((javafx.scene.Parent) layers.getLast()).getChildrenUnmodifiable()) {
            if (id.equals(n.getId())) {
                return n;
            }
        }
        return null;
    }

    /** Measures from an action to the end of the pulse after a condition holds. */
    static final class Pulses {
        private Pulses() {}

        static long toScreen(Runnable action, BooleanSupplier done, boolean onFxThread) throws Exception {
            CompletableFuture<Long> end = new CompletableFuture<>();
            long[] start = new long[1];
            Runnable check = new Runnable() {
                @Override
                public void run() {
                    if (done.getAsBoolean()) {
                        var scene = harness().stage.getScene();
                        scene.addPostLayoutPulseListener(new Runnable() {
                            @Override
                            public void run() {
                                scene.removePostLayoutPulseListener(this);
                                // the frame is rendered right after this pulse's layout: the next runLater sees it done
                                Platform.runLater(() -> end.complete(System.nanoTime() - start[0]));
                            }
                        });
                        Platform.requestNextPulse();
                    } else {
                        // look again in a millisecond, without keeping the UI thread busy while the loader works
                        CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(this));
                    }
                }
            };
            WaitForAsyncUtils.waitForFxEvents();
            if (onFxThread) {
                Platform.runLater(() -> {
                    start[0] = System.nanoTime();
                    action.run();
                    check.run();
                });
            } else {
                Thread.ofPlatform().start(() -> {
                    start[0] = System.nanoTime();
                    action.run();
                    Platform.runLater(check);
                });
            }
            return end.get(60, TimeUnit.SECONDS);
        }
    }

    private static FxHarness current;

    private static FxHarness harness() {
        return current;
    }

    @org.junit.jupiter.api.BeforeEach
    void remember() {
        current = harness;
    }
}
