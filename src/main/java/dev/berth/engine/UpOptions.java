package dev.berth.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Options of {@code up} (and {@code create}: {@code noStart}); start from {@link #defaults()} and name what differs.
 *
 * @param services       services named on the command line; empty means all
 * @param noDeps         do not pull in the named services' dependencies
 * @param recreate       what happens to existing containers ({@code --force-recreate}, {@code --no-recreate})
 * @param scale          {@code --scale svc=n} overrides
 * @param build          when to build images
 * @param waitReady      {@code --wait}: return only when services run (healthy when they have a healthcheck)
 * @param waitTimeout    {@code --wait-timeout}, or null for none
 * @param timeoutSeconds {@code -t} for stops while recreating, or null for the service's stop_grace_period
 * @param approval       sees the plan before anything changes; declining ends {@code up} with nothing done
 */
public record UpOptions(List<String> services, boolean noDeps, Recreate recreate, boolean removeOrphans,
                        Map<String, Integer> scale, boolean noStart, BuildPolicy build, boolean waitReady,
                        Duration waitTimeout, Integer timeoutSeconds, Approval<Plan> approval) {

    public enum BuildPolicy { IF_MISSING, ALWAYS, NEVER }

    /** As the reference's {@code api.Recreate*}: when the config or image diverged (default), always, or never. */
    public enum Recreate { DIVERGED, FORCE, NEVER }

    public UpOptions {
        services = services == null ? List.of() : List.copyOf(services);
        recreate = recreate == null ? Recreate.DIVERGED : recreate;
        scale = scale == null ? Map.of() : Map.copyOf(scale);
        build = build == null ? BuildPolicy.IF_MISSING : build;
        approval = approval == null ? Approval.always() : approval;
    }

    public static UpOptions defaults() {
        return new UpOptions(List.of(), false, Recreate.DIVERGED, false, Map.of(), false, BuildPolicy.IF_MISSING,
                false, null, null, Approval.always());
    }

    public UpOptions withServices(List<String> newServices) {
        return new UpOptions(newServices, noDeps, recreate, removeOrphans, scale, noStart, build, waitReady,
                waitTimeout, timeoutSeconds, approval);
    }

    public UpOptions withNoDeps(boolean newNoDeps) {
        return new UpOptions(services, newNoDeps, recreate, removeOrphans, scale, noStart, build, waitReady,
                waitTimeout, timeoutSeconds, approval);
    }

    public UpOptions with(Recreate newRecreate) {
        return new UpOptions(services, noDeps, newRecreate, removeOrphans, scale, noStart, build, waitReady,
                waitTimeout, timeoutSeconds, approval);
    }

    public UpOptions withRemoveOrphans(boolean remove) {
        return new UpOptions(services, noDeps, recreate, remove, scale, noStart, build, waitReady, waitTimeout,
                timeoutSeconds, approval);
    }

    public UpOptions withScale(Map<String, Integer> newScale) {
        return new UpOptions(services, noDeps, recreate, removeOrphans, newScale, noStart, build, waitReady,
                waitTimeout, timeoutSeconds, approval);
    }

    public UpOptions withNoStart(boolean newNoStart) {
        return new UpOptions(services, noDeps, recreate, removeOrphans, scale, newNoStart, build, waitReady,
                waitTimeout, timeoutSeconds, approval);
    }

    public UpOptions with(BuildPolicy newBuild) {
        return new UpOptions(services, noDeps, recreate, removeOrphans, scale, noStart, newBuild, waitReady,
                waitTimeout, timeoutSeconds, approval);
    }

    public UpOptions withWait(boolean wait) {
        return new UpOptions(services, noDeps, recreate, removeOrphans, scale, noStart, build, wait, waitTimeout,
                timeoutSeconds, approval);
    }

    public UpOptions withWaitTimeout(Duration timeout) {
        return new UpOptions(services, noDeps, recreate, removeOrphans, scale, noStart, build, waitReady, timeout,
                timeoutSeconds, approval);
    }

    public UpOptions withTimeoutSeconds(Integer seconds) {
        return new UpOptions(services, noDeps, recreate, removeOrphans, scale, noStart, build, waitReady,
                waitTimeout, seconds, approval);
    }

    public UpOptions withApproval(Approval<Plan> newApproval) {
        return new UpOptions(services, noDeps, recreate, removeOrphans, scale, noStart, build, waitReady,
                waitTimeout, timeoutSeconds, newApproval);
    }
}
