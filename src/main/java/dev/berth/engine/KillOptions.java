package dev.berth.engine;

import java.util.List;

/** Options of {@code kill}: the services (all when empty) and the signal ({@code SIGKILL} when null). */
public record KillOptions(List<String> services, String signal) {
    public KillOptions {
        services = services == null ? List.of() : List.copyOf(services);
        signal = signal == null ? "SIGKILL" : signal;
    }
}
