package dev.berth.engine;

/**
 * Options of {@code down}.
 *
 * @param removeVolumes  {@code -v}: also named volumes declared by the project and anonymous volumes
 * @param removeOrphans  {@code --remove-orphans}
 * @param removeImages   {@code --rmi}: null, "local" (images without a custom tag) or "all"
 * @param timeoutSeconds {@code -t}, or null for each service's stop_grace_period
 */
public record DownOptions(boolean removeVolumes, boolean removeOrphans, String removeImages, Integer timeoutSeconds) {
    public static DownOptions defaults() {
        return new DownOptions(false, false, null, null);
    }
}
