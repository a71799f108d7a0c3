package dev.berth.engine;

import java.time.Instant;
import java.util.List;

/**
 * Options of {@code logs}: {@code follow} keeps the stream open (and picks up containers started later);
 * {@code tail} is null for all lines.
 */
public record LogOptions(List<String> services, boolean follow, Integer tail, Instant since, boolean timestamps) {
    public LogOptions {
        services = services == null ? List.of() : List.copyOf(services);
    }

    public static LogOptions following() {
        return new LogOptions(List.of(), true, null, null, false);
    }
}
