package dev.berth.engine;

import java.util.List;

/**
 * Options of {@code kill}: the services (all when empty), the signal ({@code SIGKILL} when null) and, for one
 * container of a service (attach's signal proxy), its number; null takes every container of the services.
 */
public record KillOptions(List<String> services, String signal, Integer index) {
    public KillOptions {
        services = services == null ? List.of() : List.copyOf(services);
        signal = signal == null ? "SIGKILL" : signal;
    }

    public KillOptions(List<String> services, String signal) {
        this(services, signal, null);
    }
}
