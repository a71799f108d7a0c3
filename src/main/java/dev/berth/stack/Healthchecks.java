package dev.berth.stack;

import dev.berth.stack.Values.Json;
import java.util.List;
import java.util.Map;

/** A service's healthcheck as the task's HealthConfig; {@code disable: true} is the test NONE. */
final class Healthchecks {
    private Healthchecks() {}

    static Map<String, Object> of(Doc h, boolean present) {
        if (!present) {
            return null;
        }
        if (Boolean.TRUE.equals(h.get("disable"))) {
            if (h.has("test")) {
                throw new StackException("test and disable can't be set at the same time");
            }
            return Map.of("Test", List.of("NONE"));
        }
        return new Json().with("Test", Values.strings(h.get("test"))).with("Interval", Values.nanos(h.get("interval")))
                .with("Timeout", Values.nanos(h.get("timeout"))).with("Retries", Values.integer(h.get("retries")))
                .with("StartPeriod", Values.nanos(h.get("start_period")));
    }
}
