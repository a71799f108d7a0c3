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
        System.out.println("nodes in the window's scene graph: " + FxHarness.read(() -> count(harness.stage.getScene().getRoot()))
                + ", in the drawing: " + FxHarness.read(() -> count(harness.window.pane().topology())));
        robot.interact(() -> harness.vm.run().attach(p));
        if (Boolean.getBoolean("berth.bench.profileOnly")) {
            for (int k = 0; k < 4; k++) {
                profileTicks(robot, out, p);
            }
            System.out.println(out);
            return;
        }
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

    /** 120 state changes on distinct services: the first 40 after opening (the JIT still compiling), then 80. */
    private void stateChanges(FxRobot robot, Timings out, Project p) throws Exception {
        List<String> names = p.services().keySet().stream().sorted().toList();
        int runs = Integer.getInteger("berth.bench.stateChanges", 120); // more for a profiler's samples
        int first = Math.min(40, runs);
        Series early = new Series(first);
        Series later = new Series(Math.max(1, runs - first));
        System.out.println("state changes from " + Instant.now()); // to cut a profiler's recording
        for (int i = 0; i < runs; i++) {
            if (i == first) {
                System.out.println("state changes after the first " + first + " from " + Instant.now());
            }
            String svc = names.get((i * 37) % names.size());
            EngineEvent.Phase phase = i % 2 == 0 ? EngineEvent.Phase.HEALTHY : EngineEvent.Phase.UNHEALTHY;
            String wanted = phase == EngineEvent.Phase.HEALTHY ? "state-healthy" : "state-unhealthy";
            var node = robot.lookup("#service-" + svc).query();
            long[] m = Pulses.toScreen(() -> harness.vm.run().sink().accept(new EngineEvent.ResourceChanged(
                    EngineEvent.Kind.CONTAINER, p.name() + "-" + svc + "-1", svc, phase, null, null)),
                    () -> node.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass(wanted)), false);
            if (i < first) {
                early.put(i, m);
            } else {
                later.put(i - first, m);
            }
        }
        early.report(out, "engine event to box colour on screen, the first " + first + " after opening");
        if (runs > first) {
            later.report(out, "engine event to box colour on screen, the next " + (runs - first));
        }
    }

    private void profileTicks(FxRobot robot, Timings out, Project p) throws Exception {
        String profile = ProjectViewModel.knownProfiles(p).stream().findFirst().orElse(null);
        if (profile == null) {
            return;
        }
        String ghost = p.disabledServices().keySet().stream().sorted().findFirst().orElseThrow();
        Series total = new Series(12);
        Series ui = new Series(12);
        long[] replaced = new long[12];
        System.out.println("profile ticks from " + Instant.now()); // to cut a profiler's recording
        for (int i = 0; i < 24; i++) {
            if (i == 12) {
                System.out.println("profile ticks from a cache from " + Instant.now());
            }
            boolean on = i % 2 == 0;
            cached = i >= 12;
            long[] ns = Pulses.toScreen(() -> harness.vm.project().setProfile(profile, on), () -> {
                var n = box("service-" + ghost);
                return n != null && n.getPseudoClassStates().toString().contains("ghost") != on;
            }, true);
            (cached ? ui : total).put(i % 12, ns);
            replaced[i % 12] = harness.window.pane().topology().lastReplaced() * 1_000_000L;
        }
        cached = false;
        System.out.println("profile ticks until " + Instant.now());
        total.report(out, "profile '" + profile + "' ticked, to screen (loaded again on a worker thread: files read and compared, the kept tree)");
        ui.report(out, "profile '" + profile + "' ticked, to screen, load answered from a cache (the window's own part)");
        out.count("  boxes and lines replaced per tick", replaced);
    }

    private void searches(FxRobot robot, Timings out) throws Exception {
        var field = robot.lookup("#search-field").queryTextInputControl();
        String[] typed = {"s", "s0", "s01", "s012", "", "n", "ne", "net", "net:", "net:n", "net:ne", "net:net",
                "net:net3", "net:net3 ", "net:net3 s", "net:net3 s0", "net:net3 s01", "", "state:ex", ""};
        Series ns = new Series(typed.length * 2);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < typed.length; i++) {
                String text = typed[i];
                ns.put(round * typed.length + i, Pulses.toScreen(() -> field.setText(text),
                        () -> harness.vm.search().textProperty().get().equals(text), true));
            }
        }
        ns.report(out, "search keystroke to result on screen (dim, fit to matches)");
    }

    /** Wall times and the UI and renderer threads' CPU of repeated measurements. */
    private static final class Series {
        final long[] wall;
        final long[] fx;
        final long[] render;

        Series(int n) {
            wall = new long[n];
            fx = new long[n];
            render = new long[n];
        }

        void put(int i, long[] m) {
            wall[i] = m[0];
            fx[i] = m[1];
            render[i] = m[2];
        }

        void report(Timings out, String what) {
            out.add(what, wall);
            out.add("  CPU of the UI thread meanwhile", fx);
            out.add("  CPU of the renderer thread meanwhile", render);
            if (wall.length <= 12) { // the first ones after opening are not like the rest
                out.line("  each in order, wall / UI / renderer ms: " + java.util.stream.IntStream.range(0, wall.length)
                        .mapToObj(i -> ms(wall[i]) + "/" + ms(fx[i]) + "/" + ms(render[i]))
                        .collect(java.util.stream.Collectors.joining(" ")));
            }
        }

        private static long ms(long ns) {
            return Math.round(ns / 1e6);
        }
    }

    private static int count(javafx.scene.Node n) {
        int sum = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (var c : p.getChildrenUnmodifiable()) {
                sum += count(c);
            }
        }
        return sum;
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

        private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

        /** CPU nanoseconds so far of the UI thread and of the renderer thread. */
        private static long[] cpu() {
            long fx = 0;
            long render = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals("GtkNativeMainLoopThread") || t.getName().equals("JavaFX Application Thread")) {
                    fx += CPU.getThreadCpuTime(t.threadId());
                } else if (t.getName().startsWith("QuantumRenderer")) {
                    render += CPU.getThreadCpuTime(t.threadId());
                }
            }
            return new long[] {fx, render};
        }

        /**
         * Wall time to screen, and the CPU the UI and renderer threads spent meanwhile (what load does not inflate).
         * The end is the first pulse after which {@code done} holds: its layout is done and its frame goes to the
         * renderer. (Looking for {@code done} between pulses and then waiting for another pulse counted a frame
         * too many whenever the change was made inside a pulse, as a paced engine event is.)
         */
        static long[] toScreen(Runnable action, BooleanSupplier done, boolean onFxThread) throws Exception {
            CompletableFuture<long[]> end = new CompletableFuture<>();
            java.util.concurrent.atomic.AtomicLong start = new java.util.concurrent.atomic.AtomicLong();
            long[] cpuBefore = new long[2];
            var scene = harness().stage.getScene();
            Runnable afterPulse = new Runnable() {
                @Override
                public void run() {
                    if (start.get() != 0 && !end.isDone() && done.getAsBoolean()) { // a pulse before the action counts not
                        scene.removePostLayoutPulseListener(this);
                        // the frame is rendered right after this pulse's layout: the next runLater sees it done
                        Platform.runLater(() -> {
                            long wall = System.nanoTime() - start.get();
                            long[] c = cpu();
                            end.complete(new long[] {wall, c[0] - cpuBefore[0], c[1] - cpuBefore[1]});
                        });
                    }
                }
            };
            Runnable poll = new Runnable() {
                @Override
                public void run() {
                    if (done.getAsBoolean()) {
                        Platform.requestNextPulse(); // the change is made: a pulse will show it
                    } else if (!end.isDone()) {
                        // look again in a millisecond, without keeping the UI thread busy while the loader works
                        CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(this));
                    }
                }
            };
            WaitForAsyncUtils.waitForFxEvents();
            System.arraycopy(cpu(), 0, cpuBefore, 0, 2);
            if (onFxThread) {
                Platform.runLater(() -> {
                    scene.addPostLayoutPulseListener(afterPulse);
                    start.set(System.nanoTime());
                    action.run();
                    poll.run();
                });
            } else {
                Platform.runLater(() -> scene.addPostLayoutPulseListener(afterPulse));
                WaitForAsyncUtils.waitForFxEvents();
                Thread.ofPlatform().start(() -> {
                    start.set(System.nanoTime());
                    action.run();
                    Platform.runLater(poll);
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
