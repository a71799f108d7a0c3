package dev.berth.insight.timeline;

import dev.berth.compose.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The timeline as text for a terminal: the critical path with durations, what would shorten it, every service. */
public final class TimelineText {
    private TimelineText() {}

    public static String render(StartupTimeline t, Project project) {
        StringBuilder b = new StringBuilder();
        if (t.criticalPath().isEmpty()) {
            return "No start-up recorded: nothing was created or started.\n";
        }
        b.append("Critical path: ").append(Shortening.secs(t.total())).append(" (")
                .append(String.join(" -> ", chain(t))).append(")\n");
        for (Step s : t.criticalPath()) {
            b.append(String.format(Locale.ROOT, "  %8.2f s  %-14s %8s  %s%n", t.seconds(s.to()), s.serviceName(),
                    Shortening.secs(s.duration()), describe(s)));
        }
        List<String> advice = Shortening.of(t, project);
        if (!advice.isEmpty()) {
            b.append("What would shorten it:\n");
            advice.forEach(a -> b.append("  - ").append(a).append('\n'));
        }
        b.append("Services (seconds since up began):\n");
        b.append(String.format(Locale.ROOT, "  %-14s %8s %8s %8s %8s%n", "SERVICE", "CREATED", "STARTED", "HEALTHY",
                "EXITED"));
        for (ServiceTimes s : t.services().values()) {
            b.append(String.format(Locale.ROOT, "  %-14s %8s %8s %8s %8s%n", s.serviceName(), at(t, s.created()),
                    at(t, s.started()), at(t, s.healthy()), at(t, s.exited())));
        }
        return b.toString();
    }

    /** The services along the path, in order, each once. */
    public static List<String> chain(StartupTimeline t) {
        List<String> names = new ArrayList<>();
        for (Step s : t.criticalPath()) {
            if (names.isEmpty() || !names.getLast().equals(s.serviceName())) {
                names.add(s.serviceName());
            }
        }
        return names;
    }

    public static String describe(Step s) {
        return switch (s.kind()) {
            case PREPARE -> "created (build, pull, create since up began)";
            case START -> "started";
            case GATE -> "started after " + s.gate().dependency() + " " + s.gate().milestone() + " ("
                    + s.gate().condition().composeName() + ")";
            case HEALTH -> "healthy (healthcheck)";
            case RUN -> "completed";
        };
    }

    private static String at(StartupTimeline t, Long time) {
        return time == null ? "-" : String.format(Locale.ROOT, "%.2f", t.seconds(time));
    }
}
