package dev.berth.engine;

import java.util.List;

/**
 * Options of {@code rm}: the services (all when empty); {@code running} whether running containers are stopped and
 * removed too ({@code --stop}); {@code volumes} whether their anonymous volumes go with them ({@code -v});
 * {@code approval} sees the names of the containers about to go ({@code --force}: {@link Approval#always()}).
 */
public record RemoveOptions(List<String> services, Running running, Volumes volumes, Approval<List<String>> approval) {
    public enum Running { KEPT, STOPPED_AND_REMOVED }

    public enum Volumes { KEPT, REMOVED }

    public RemoveOptions {
        services = services == null ? List.of() : List.copyOf(services);
        running = running == null ? Running.KEPT : running;
        volumes = volumes == null ? Volumes.KEPT : volumes;
        approval = approval == null ? Approval.always() : approval;
    }

    public static RemoveOptions of(List<String> services) {
        return new RemoveOptions(services, Running.KEPT, Volumes.KEPT, Approval.always());
    }

    public RemoveOptions with(Running newRunning) {
        return new RemoveOptions(services, newRunning, volumes, approval);
    }

    public RemoveOptions with(Volumes newVolumes) {
        return new RemoveOptions(services, running, newVolumes, approval);
    }

    public RemoveOptions withApproval(Approval<List<String>> newApproval) {
        return new RemoveOptions(services, running, volumes, newApproval);
    }
}
