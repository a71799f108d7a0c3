package dev.berth.engine;

import java.time.Duration;
import java.util.List;

/**
 * Options of {@code restart}: the services (all when empty); {@code timeout} null = stop_grace_period;
 * {@code dependants}: whether the dependants that declare depends_on {@code restart: true} restart too
 * ({@code --no-deps} leaves them out).
 */
public record RestartOptions(List<String> services, Duration timeout, Dependants dependants) {
    public enum Dependants { INCLUDED, LEFT_OUT }

    public RestartOptions {
        services = services == null ? List.of() : List.copyOf(services);
        dependants = dependants == null ? Dependants.INCLUDED : dependants;
    }

    public static RestartOptions of(List<String> services) {
        return new RestartOptions(services, null, Dependants.INCLUDED);
    }

    public RestartOptions withTimeout(Duration newTimeout) {
        return new RestartOptions(services, newTimeout, dependants);
    }

    public RestartOptions with(Dependants newDependants) {
        return new RestartOptions(services, timeout, newDependants);
    }

    Integer timeoutSeconds() {
        return timeout == null ? null : (int) timeout.toSeconds();
    }
}
