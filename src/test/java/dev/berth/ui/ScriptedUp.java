package dev.berth.ui;

import dev.berth.compose.model.Project;
import dev.berth.engine.EngineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An `up` of every service as the engine reports it (created, starting, running, healthy, two
 * log lines each), sent from another thread in dependency order, while an animation timer records
 * the time between frames: the window must show every event and never freeze. Once paced like a
 * busy engine (a service every {@link #PACED_MS} ms), once as fast as the events can be sent.
 */
final class ScriptedUp {
    static final int PACED_MS = 25;
    private final FxHarness harness;
    private final Timings out;

    ScriptedUp(FxHarness harness, Timings out) {
        this.harness = harness;
        this.out = out;
    }

    void run(Project p) throws Exception {
        for (int paceMs : new int[] {PACED_MS, 0}) {
            reset(p);
            List<Long> frames = new ArrayList<>();
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frames.add(now);
                }
            };
            Platform.runLater(timer::start);
            Thread.sleep(300);
            long start = System.nanoTime();
            Thread sender = Thread.ofPlatform().start(() -> send(p, paceMs));
            sender.join();
            long sent = System.nanoTime();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> allHealthy(p));
            long shown = System.nanoTime();
            Thread.sleep(300);
            CompletableFuture<Void> stopped = new CompletableFuture<>();
            Platform.runLater(() -> {
                timer.stop();
                stopped.complete(null);
            });
            stopped.get(10, TimeUnit.SECONDS);
            report(p, paceMs, frames, (sent - start) / 1e6, (shown - start) / 1e6);
        }
    }

    private void send(Project p, int paceMs) {
        var sink = harness.vm.run().sink();
        for (String svc : p.services().keySet().stream().sorted().toList()) {
            String c = p.name() + "-" + svc + "-1";
            for (EngineEvent.Phase phase : List.of(EngineEvent.Phase.CREATED, EngineEvent.Phase.STARTING,
                    EngineEvent.Phase.RUNNING, EngineEvent.Phase.HEALTHY)) {
                sink.accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, c, svc, phase, null, null));
            }
            sink.accept(new EngineEvent.LogLine(svc, c, false, Instant.now(), svc + " starting"));
            sink.accept(new EngineEvent.LogLine(svc, c, false, Instant.now(), svc + " ready"));
            if (paceMs > 0) {
                LockSupport.parkNanos(paceMs * 1_000_000L);
            }
        }
    }

    private void reset(Project p) throws Exception {
        var sink = harness.vm.run().sink();
        for (String svc : p.services().keySet()) {
            sink.accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, p.name() + "-" + svc + "-1", svc,
                    EngineEvent.Phase.REMOVED, null, null));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean allHealthy(Project p) {
        var statuses = harness.vm.topology().statuses();
        return p.services().keySet().stream().allMatch(s -> {
            var st = statuses.get("service-" + s);
            return st != null && st.state() == dev.berth.ui.topology.ContainerState.HEALTHY;
        });
    }

    private void report(Project p, int paceMs, List<Long> frames, double sentMs, double shownMs) {
        long max = 0;
        int over50 = 0;
        int over100 = 0;
        for (int i = 1; i < frames.size(); i++) {
            long gap = frames.get(i) - frames.get(i - 1);
            max = Math.max(max, gap);
            over50 += gap > 50_000_000L ? 1 : 0;
            over100 += gap > 100_000_000L ? 1 : 0;
        }
        int events = p.services().size() * 6;
        out.line(String.format("scripted up of %d services (%d events, %s): sent in %.0f ms, all healthy on screen at "
                + "%.0f ms; %d frames, longest gap %.1f ms, gaps > 50 ms: %d, > 100 ms: %d", p.services().size(), events,
                paceMs > 0 ? "one service every " + paceMs + " ms" : "as fast as sent", sentMs, shownMs, frames.size(),
                max / 1e6, over50, over100));
    }
}
