package dev.berth.engine;

import java.time.Instant;
import java.util.List;

/**
 * Options of {@code logs}: {@code follow} keeps the stream open (and picks up containers started later);
 * {@code tail} is null for all lines; {@code since}, {@code until} and {@code index} (a container number) null for
 * no limit. {@code reportExits}: when a followed container's stream ends because it stopped, an EXITED event with its
 * exit code follows its last line (attached {@code up} prints it, in order).
 */
public record LogOptions(List<String> services, boolean follow, Integer tail, Instant since, Instant until,
                         Integer index, boolean timestamps, boolean reportExits) {
    public LogOptions {
        services = services == null ? List.of() : List.copyOf(services);
    }

    public LogOptions(List<String> services, boolean follow, Integer tail, Instant since, boolean timestamps,
                      boolean reportExits) {
        this(services, follow, tail, since, null, null, timestamps, reportExits);
    }

    public LogOptions(List<String> services, boolean follow, Integer tail, Instant since, boolean timestamps) {
        this(services, follow, tail, since, timestamps, false);
    }

    public static LogOptions following() {
        return new LogOptions(List.of(), true, null, null, false);
    }
}
