package dev.berth.compose.model;

import java.time.Duration;
import java.util.List;

/** A healthcheck; durations are null when not set (the engine's defaults apply). */
public record Healthcheck(List<String> test, Duration interval, Duration timeout, Integer retries,
                          Duration startPeriod, Duration startInterval, boolean disable) {
    public Healthcheck {
        test = test == null ? List.of() : List.copyOf(test);
    }
}
