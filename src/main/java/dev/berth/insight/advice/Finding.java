package dev.berth.insight.advice;

import dev.berth.compose.model.Location;
import java.util.Comparator;

/**
 * One piece of advice: where ({@code location}, a compose file or a Dockerfile), which rule, what was found, why it
 * matters in one sentence, and a mechanical fix when there is one (null otherwise).
 */
public record Finding(Location location, String rule, String message, String why, Fix fix)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location == null || f.location.file() == null ? ""
                    : f.location.file().toString())
            .thenComparingInt(f -> f.location == null ? 0 : f.location.line())
            .thenComparing(Finding::rule).thenComparing(Finding::message);

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /** {@code compose.yaml:7:5: [rule] message}, as the CLI prints it. */
    public String headline() {
        return (location == null ? "" : location + ": ") + "[" + rule + "] " + message;
    }
}
