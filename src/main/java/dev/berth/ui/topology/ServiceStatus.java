package dev.berth.ui.topology;

/**
 * A service's live status as one box shows it. {@code exitCode} is set for EXITED;
 * {@code running} of {@code replicas} containers are up.
 */
public record ServiceStatus(ContainerState state, Integer exitCode, int running, int replicas) {
    public static final ServiceStatus UNKNOWN = new ServiceStatus(ContainerState.NOT_CREATED, null, 0, 1);

    public String text() {
        String word = state == ContainerState.EXITED && exitCode != null ? "exited (" + exitCode + ")" : state.word();
        return replicas > 1 ? word + "  " + running + "/" + replicas : word;
    }
}
