package dev.berth.ui.insight;

import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.insight.timeline.StartupTimeline;
import dev.berth.insight.timeline.TimelineRecorder;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Records the engine's events around the window's Up and hands the timeline to the UI thread once the services have
 * started and reported their health (at most a minute later), without holding the Up's own thread.
 */
public final class TimelineCapture {
    private static final Duration SETTLE = Duration.ofMinutes(1);

    private TimelineCapture() {}

    public static void around(ComposeEngine engine, Project project, Executor background, Executor ui,
                              Consumer<StartupTimeline> done, Runnable up) {
        Instant now = Instant.now();
        TimelineRecorder recorder = TimelineRecorder.start(engine, project.name(),
                now.getEpochSecond() * 1_000_000_000L + now.getNano());
        try {
            up.run();
        } catch (RuntimeException e) {
            recorder.close();
            throw e;
        }
        background.execute(() -> {
            try (recorder) {
                StartupTimeline t = recorder.settle(project, SETTLE);
                ui.execute(() -> done.accept(t));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
