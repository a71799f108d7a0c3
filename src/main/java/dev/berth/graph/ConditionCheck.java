package dev.berth.graph;

import dev.berth.compose.model.DependsOn.Condition;

/**
 * What a depends_on condition says of a dependency in a given state: the one definition the engine's waits and
 * the window's gates both ask. As {@code docker compose up}: {@code service_healthy} on a dependency that runs
 * without a healthcheck never holds (the reference fails with "has no healthcheck configured"), and one that
 * exited can no longer become healthy.
 */
public final class ConditionCheck {
    /** MET: the dependant may go on; WAIT: not yet; NEVER: this state cannot lead to the condition. */
    public enum Outcome { MET, WAIT, NEVER }

    private ConditionCheck() {}

    public static Outcome check(Condition condition, ServiceState state) {
        if (meets(condition, state)) {
            return Outcome.MET;
        }
        return impossible(condition, state) ? Outcome.NEVER : Outcome.WAIT;
    }

    static boolean meets(Condition condition, ServiceState state) {
        return switch (condition) {
            case SERVICE_STARTED -> state.hasStarted();
            case SERVICE_HEALTHY -> state == ServiceState.HEALTHY;
            case SERVICE_COMPLETED_SUCCESSFULLY -> state == ServiceState.COMPLETED;
        };
    }

    static boolean impossible(Condition condition, ServiceState state) {
        return switch (condition) {
            case SERVICE_STARTED -> false;
            case SERVICE_HEALTHY -> state == ServiceState.UNHEALTHY || state == ServiceState.NO_HEALTHCHECK
                    || state == ServiceState.COMPLETED || state == ServiceState.FAILED;
            case SERVICE_COMPLETED_SUCCESSFULLY -> state == ServiceState.FAILED;
        };
    }
}
