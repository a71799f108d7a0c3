package dev.berth.cli;

import dev.berth.cli.progress.ProgressSink;
import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.UpOptions;
import dev.berth.insight.timeline.StartupTimeline;
import dev.berth.insight.timeline.TimelineRecorder;
import dev.berth.insight.timeline.TimelineText;
import java.time.Duration;
import java.time.Instant;

/** {@code up --timeline}: a detached up recorded from the engine's events, then its critical path printed. */
final class TimelineRun {
    /** How long to wait after up for healthchecks still running, unless --wait-timeout says otherwise. */
    private static final Duration SETTLE = Duration.ofMinutes(2);

    private TimelineRun() {}

    static int up(ComposeEngine engine, Project project, UpOptions options, GlobalOptions global) throws Exception {
        Instant now = Instant.now();
        long begin = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        StartupTimeline timeline;
        try (TimelineRecorder recorder = TimelineRecorder.start(engine, project.name(), begin)) {
            try (ProgressSink progress = global.progress(options.noStart() ? "Creating" : "Running")) {
                engine.up(project, options, progress);
            }
            timeline = recorder.settle(project, options.waitTimeout() == null ? SETTLE : options.waitTimeout());
        }
        global.caller().out().print(TimelineText.render(timeline, project));
        return 0;
    }
}
