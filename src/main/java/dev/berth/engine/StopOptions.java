package dev.berth.engine;

import java.time.Duration;
import java.util.List;

/** Options of {@code stop}: the services (all when empty); {@code timeout} null = each service's stop_grace_period. */
public record StopOptions(List<String> services, Duration timeout) {
    public StopOptions {
        services = services == null ? List.of() : List.copyOf(services);
    }

    public static StopOptions of(List<String> services) {
        return new StopOptions(services, null);
    }

    public StopOptions withTimeout(Duration newTimeout) {
        return new StopOptions(services, newTimeout);
    }

    Integer timeoutSeconds() {
        return timeout == null ? null : (int) timeout.toSeconds();
    }
}
