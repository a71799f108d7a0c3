package dev.berth.insight.timeline;

import dev.berth.compose.model.DependsOn.Condition;
import dev.berth.compose.model.Healthcheck;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What would shorten the critical path, one sentence per step worth acting on: a healthcheck seen late because of
 * its interval, a gate stricter than the waiter may need, a slow creation or start.
 */
public final class Shortening {
    /** The engine's interval when neither the file nor the image sets one. */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
    /** Steps shorter than this, and shorter than a tenth of the total, are not worth a sentence. */
    private static final Duration NOTABLE = Duration.ofMillis(500);

    private Shortening() {}

    public static List<String> of(StartupTimeline timeline, Project project) {
        Duration total = timeline.total();
        List<String> sentences = new ArrayList<>();
        for (Step step : timeline.criticalPath()) {
            Duration d = step.kind() == Step.Kind.GATE ? waited(timeline, step) : step.duration();
            if (d.compareTo(NOTABLE) < 0 && d.multipliedBy(10).compareTo(total) < 0) {
                continue;
            }
            Service s = project.services().get(step.serviceName());
            String sentence = switch (step.kind()) {
                case HEALTH -> health(step, s == null ? null : s.healthcheck());
                case GATE -> gate(step.gate(), d, step.duration());
                case RUN -> step.serviceName() + " ran " + secs(d) + " to completion before its dependants could"
                        + " start: make it faster, or let dependants that can cope start with service_started.";
                case START -> step.serviceName() + " took " + secs(d) + " from created to started: a slow"
                        + " entrypoint, mounts or network setup; check what it does before its main process.";
                case PREPARE -> prepare(step, s);
            };
            sentences.add(sentence);
        }
        return sentences;
    }

    private static String prepare(Step step, Service s) {
        String head = step.serviceName() + "'s container was created " + secs(step.duration()) + " after up began";
        return s != null && s.build() != null
                ? head + ": building its image is on the path; build it beforehand (berth build)."
                : head + ": pulls, networks, volumes and the creation of the containers before it are on the path.";
    }

    private static String health(Step step, Healthcheck hc) {
        Duration d = step.duration();
        Duration interval = hc == null || hc.interval() == null ? null : hc.interval();
        Duration assumed = interval == null ? DEFAULT_INTERVAL : interval;
        String where = interval == null ? "healthcheck interval (not set: the image's, or the engine's default 30s)"
                : "healthcheck interval " + words(interval);
        long checks = Math.max(1, Math.round(Math.ceil(d.toNanos() / (double) assumed.toNanos() - 0.05)));
        String name = step.serviceName();
        if (checks <= 1) {
            return name + "'s " + where + ": healthy at its first check, seen at " + secs(d) + " after start;"
                    + " it may have been ready sooner: a shorter interval (or start_period with start_interval) would"
                    + " let what waits on it start up to " + secs(d.minus(Duration.ofMillis(100))) + " sooner.";
        }
        return name + " became healthy " + secs(d) + " after start, after about " + checks + " checks at "
                + words(assumed) + ": its own start-up is the cost; a shorter interval would see it at most "
                + words(assumed) + " sooner.";
    }

    /** How long the gate held the waiter after its creation. */
    static Duration waited(StartupTimeline timeline, Step step) {
        ServiceTimes w = timeline.services().get(step.serviceName());
        long from = w == null || w.created() == null ? timeline.begin() : w.created();
        return Duration.ofNanos(Math.max(0, step.from() - from));
    }

    private static String gate(Gate g, Duration d, Duration latency) {
        String waited = g.waiter() + " waited " + secs(d) + " for " + g.dependency() + " to be " + g.milestone();
        return g.condition() == Condition.SERVICE_STARTED
                ? waited + " and started " + secs(latency) + " after it: the path runs through " + g.dependency()
                        + "'s own start."
                : waited + ": if " + g.waiter() + " retries its connection, condition service_started would let it"
                        + " start with " + g.dependency() + " (and the path would be " + g.dependency()
                        + "'s start instead).";
    }

    static String secs(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", Math.max(0, d.toNanos()) / 1e9);
    }

    static String words(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
