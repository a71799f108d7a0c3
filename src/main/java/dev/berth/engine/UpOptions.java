package dev.berth.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Options of {@code up} (and {@code create}: {@code noStart}).
 *
 * @param services       services named on the command line; empty means all
 * @param noDeps         do not pull in the named services' dependencies
 * @param scale          {@code --scale svc=n} overrides
 * @param build          when to build images
 * @param waitReady      {@code --wait}: return only when services run (healthy when they have a healthcheck)
 * @param waitTimeout    {@code --wait-timeout}, or null for none
 * @param timeoutSeconds {@code -t} for stops while recreating, or null for the service's stop_grace_period
 */
public record UpOptions(List<String> services, boolean noDeps, boolean forceRecreate, boolean noRecreate,
                        boolean removeOrphans, Map<String, Integer> scale, boolean noStart, BuildPolicy build,
                        boolean waitReady, Duration waitTimeout, Integer timeoutSeconds) {

    public enum BuildPolicy { IF_MISSING, ALWAYS, NEVER }

    public UpOptions {
        services = services == null ? List.of() : List.copyOf(services);
        scale = scale == null ? Map.of() : Map.copyOf(scale);
        build = build == null ? BuildPolicy.IF_MISSING : build;
    }

    public static UpOptions defaults() {
        return new UpOptions(List.of(), false, false, false, false, Map.of(), false, BuildPolicy.IF_MISSING,
                false, null, null);
    }

    public UpOptions withServices(List<String> newServices) {
        return new UpOptions(newServices, noDeps, forceRecreate, noRecreate, removeOrphans, scale, noStart, build,
                waitReady, waitTimeout, timeoutSeconds);
    }

    public UpOptions withWait(boolean wait) {
        return new UpOptions(services, noDeps, forceRecreate, noRecreate, removeOrphans, scale, noStart, build,
                wait, waitTimeout, timeoutSeconds);
    }

    public UpOptions withForceRecreate(boolean force) {
        return new UpOptions(services, noDeps, force, noRecreate, removeOrphans, scale, noStart, build,
                waitReady, waitTimeout, timeoutSeconds);
    }

    public UpOptions withRemoveOrphans(boolean remove) {
        return new UpOptions(services, noDeps, forceRecreate, noRecreate, remove, scale, noStart, build,
                waitReady, waitTimeout, timeoutSeconds);
    }

    public UpOptions withScale(Map<String, Integer> newScale) {
        return new UpOptions(services, noDeps, forceRecreate, noRecreate, removeOrphans, newScale, noStart, build,
                waitReady, waitTimeout, timeoutSeconds);
    }
}
