package dev.berth.insight.timeline;

import java.time.Duration;

/**
 * One link of the critical path, from {@code from} to {@code to} (nanoseconds since the epoch). {@code gate} is set
 * for {@link Kind#GATE}: the start that waited for it.
 */
public record Step(String serviceName, Kind kind, long from, long to, Gate gate) {

    public enum Kind {
        /** From the start of the up to the container's creation (build, pull, create). */
        PREPARE,
        /** From creation to start, no gate holding it. */
        START,
        /** From the gate's opening to the start of the service that waited on it. */
        GATE,
        /** From start to the first healthy report. */
        HEALTH,
        /** From start to exit (a one-shot service others wait to complete). */
        RUN
    }

    public Duration duration() {
        return Duration.ofNanos(Math.max(0, to - from));
    }
}
