package dev.berth.engine;

import dev.berth.engine.EngineEvent.Phase;
import dev.berth.engine.EngineEvent.ResourceChanged;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The verbs that act on the project's containers one engine call each: kill, pause, unpause, rm; images, events. */
final class ContainerActions {
    enum OneOffs { INCLUDED, EXCLUDED }

    /** {@code rm --stop} stops a running container this long before it kills it, as the reference does. */
    private static final int STOP_SECONDS = 10;
    private final DockerGateway gateway;
    private final ComposeEngine engine;

    ContainerActions(DockerGateway gateway, ComposeEngine engine) {
        this.gateway = gateway;
        this.engine = engine;
    }

    /**
     * Applies {@code action} to each running container, reporting {@code working} (if any) before and {@code done}
     * after. As the reference: {@code kill} includes the project's one-off containers, {@code pause} does not.
     */
    void each(String projectName, List<String> services, OneOffs oneOffs, Phase working, Phase done, EventSink sink,
              Consumer<ContainerState> action) {
        for (ContainerState c : of(projectName, services, ContainerScope.RUNNING)) {
            if (c.oneOff() && oneOffs == OneOffs.EXCLUDED) {
                continue;
            }
            if (working != null) {
                sink.accept(ResourceChanged.container(c.name(), c.serviceName(), working));
            }
            action.accept(c);
            sink.accept(ResourceChanged.container(c.name(), c.serviceName(), done));
        }
    }

    List<String> remove(String projectName, RemoveOptions options, EventSink sink) {
        List<ContainerState> going = of(projectName, options.services(), ContainerScope.ALL).stream()
                .filter(c -> !c.oneOff()) // the reference's rm leaves run containers alone
                .filter(c -> options.running() == RemoveOptions.Running.STOPPED_AND_REMOVED || !c.running()).toList();
        List<String> names = going.stream().map(ContainerState::name).toList();
        if (going.isEmpty() || !options.approval().approve(names)) {
            return List.of();
        }
        for (ContainerState c : going) {
            if (c.running()) {
                sink.accept(ResourceChanged.container(c.name(), c.serviceName(), Phase.STOPPING));
                gateway.stop(c.id(), STOP_SECONDS);
                sink.accept(ResourceChanged.container(c.name(), c.serviceName(), Phase.STOPPED));
            }
            sink.accept(ResourceChanged.container(c.name(), c.serviceName(), Phase.REMOVING));
            gateway.remove(c.id(), options.volumes() == RemoveOptions.Volumes.REMOVED, false);
            sink.accept(ResourceChanged.container(c.name(), c.serviceName(), Phase.REMOVED));
        }
        return names;
    }

    /** One row per container, by name; each image is looked up once. */
    List<ContainerImage> images(String projectName, List<String> services) {
        Map<String, DockerGateway.ImageDetails> details = new HashMap<>();
        return of(projectName, services, ContainerScope.ALL).stream()
                .sorted(Comparator.comparing(ContainerState::name))
                .map(c -> {
                    DockerGateway.ImageDetails d = details.computeIfAbsent(imageOf(c), gateway::imageDetails);
                    return d == null ? new ContainerImage(c, null, "", 0, 0)
                            : new ContainerImage(c, d.id(), d.platform(), d.size(), d.createdEpochSeconds());
                }).toList();
    }

    Subscription events(String projectName, List<String> services, Consumer<ContainerEvent> onEvent) {
        return gateway.events(Map.of("type", List.of("container"), "label", List.of(Labels.PROJECT + "=" + projectName)),
                e -> {
                    String service = e.attributes().getOrDefault(Labels.SERVICE, "");
                    if (services.isEmpty() || services.contains(service)) {
                        onEvent.accept(new ContainerEvent(e.action(), e.actorId(), e.attributes(), e.timeNanos()));
                    }
                });
    }

    private List<ContainerState> of(String projectName, List<String> services, ContainerScope scope) {
        return engine.state(projectName, scope).containers().stream()
                .filter(c -> services.isEmpty() || services.contains(c.serviceName())).toList();
    }

    /** The image a container was created from: its id when the label has it, else its name. */
    private static String imageOf(ContainerState c) {
        return c.labels().getOrDefault(Labels.IMAGE, c.image());
    }
}
