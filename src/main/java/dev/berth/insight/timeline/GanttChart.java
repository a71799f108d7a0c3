package dev.berth.insight.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The timeline as rows of bars in seconds since the up began, one row per service in the order they started, each bar
 * marked when it lies on the critical path. The window and the SVG export draw the same chart.
 */
public record GanttChart(List<Row> rows, double end) {

    public enum Phase { PREPARE, WAITING, CHECKING, RUNNING, COMPLETED }

    public record Bar(Phase phase, double from, double to, boolean critical) {}

    /** One service; {@code note} says what it waited on ("db healthy"), empty when nothing. */
    public record Row(String serviceName, List<Bar> bars, String note) {}

    public static GanttChart of(StartupTimeline t) {
        double end = t.total().toNanos() / 1e9;
        for (ServiceTimes s : t.services().values()) {
            Long f = s.finish();
            end = f == null ? end : Math.max(end, t.seconds(f));
        }
        double last = end;
        List<Row> rows = t.services().values().stream()
                .sorted(Comparator.comparing((ServiceTimes s) -> s.started() == null ? Long.MAX_VALUE : s.started())
                        .thenComparing(ServiceTimes::serviceName))
                .map(s -> row(t, s, last)).toList();
        return new GanttChart(rows, end);
    }

    private static Row row(StartupTimeline t, ServiceTimes s, double end) {
        List<Bar> bars = new ArrayList<>();
        String name = s.serviceName();
        if (s.created() != null && onPath(t, name, Step.Kind.PREPARE)) {
            bars.add(new Bar(Phase.PREPARE, 0, t.seconds(s.created()), true));
        }
        if (s.created() != null && s.started() != null) {
            boolean critical = onPath(t, name, Step.Kind.START) || onPath(t, name, Step.Kind.GATE);
            bars.add(new Bar(Phase.WAITING, t.seconds(s.created()), t.seconds(s.started()), critical));
        }
        if (s.started() != null) {
            double from = t.seconds(s.started());
            if (s.healthy() != null) {
                bars.add(new Bar(Phase.CHECKING, from, t.seconds(s.healthy()), onPath(t, name, Step.Kind.HEALTH)));
                from = t.seconds(s.healthy());
            }
            boolean done = s.exited() != null && s.exited() > s.started();
            bars.add(done ? new Bar(Phase.COMPLETED, from, t.seconds(s.exited()), onPath(t, name, Step.Kind.RUN))
                    : new Bar(Phase.RUNNING, from, Math.max(from, end), false));
        }
        return new Row(name, bars, note(t, name));
    }

    private static boolean onPath(StartupTimeline t, String service, Step.Kind kind) {
        return t.criticalPath().stream().anyMatch(s -> s.serviceName().equals(service) && s.kind() == kind);
    }

    private static String note(StartupTimeline t, String service) {
        return String.join(", ", t.gatesOf(service).stream().map(g -> g.dependency() + " " + g.milestone()).toList());
    }
}
