package dev.berth.insight.timeline;

import dev.berth.compose.model.DependsOn.Condition;

/**
 * One depends_on gate of an up: {@code waiter} may start once {@code dependency} met {@code condition}, which it did
 * at {@code opened} (nanoseconds, null when it never did during the recording).
 */
public record Gate(String waiter, String dependency, Condition condition, Long opened) {

    /** The dependency's time that opens a gate of this condition, or null. */
    static Long openedBy(ServiceTimes dependency, Condition condition) {
        if (dependency == null) {
            return null;
        }
        return switch (condition) {
            case SERVICE_STARTED -> dependency.started();
            case SERVICE_HEALTHY -> dependency.healthy();
            case SERVICE_COMPLETED_SUCCESSFULLY ->
                    dependency.exitCode() != null && dependency.exitCode() == 0 ? dependency.exited() : null;
        };
    }

    /** The word of the milestone that opens the gate ("healthy"). */
    public String milestone() {
        return switch (condition) {
            case SERVICE_STARTED -> "started";
            case SERVICE_HEALTHY -> "healthy";
            case SERVICE_COMPLETED_SUCCESSFULLY -> "completed";
        };
    }
}
