package dev.berth.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The reference's container selection for single-container commands, and the volumes its services mount. */
final class ServiceContainers {
    private ServiceContainers() {}

    /** Lowest container number first, one-off containers last. */
    static final Comparator<ContainerState> ORDER = Comparator.comparing(ContainerState::oneOff)
            .thenComparingInt(ContainerState::number);

    static List<ContainerState> of(DockerGateway gateway, String projectName, String serviceName, int index,
                                   boolean oneOffs, boolean stopped) {
        List<String> filters = new ArrayList<>(List.of(Labels.PROJECT + "=" + projectName,
                Labels.SERVICE + "=" + serviceName, Labels.CONFIG_HASH));
        if (!oneOffs) {
            filters.add(Labels.ONE_OFF + "=False");
        }
        if (index > 0) {
            filters.add(Labels.NUMBER + "=" + index);
        }
        return gateway.containers(filters, stopped).stream().sorted(ORDER).toList();
    }

    static ContainerState one(DockerGateway gateway, String projectName, String serviceName, int index,
                              boolean oneOffs, boolean stopped) {
        List<ContainerState> found = of(gateway, projectName, serviceName, index, oneOffs, stopped);
        if (found.isEmpty()) {
            throw new EngineException(EngineException.Reason.NOT_FOUND, "service \"" + serviceName + "\" is not running"
                    + (index > 0 ? " container #" + index : ""));
        }
        return found.getFirst();
    }

    /** As the reference: the project's volumes, or those the named services' running containers mount. */
    static List<VolumeDetails> volumes(DockerGateway gateway, String projectName, List<String> services) {
        List<VolumeDetails> all = gateway.volumeDetails(List.of(Labels.PROJECT + "=" + projectName));
        if (services.isEmpty()) {
            return all;
        }
        Set<String> mounted = new HashSet<>();
        for (ContainerState c : gateway.containers(List.of(Labels.PROJECT + "=" + projectName), false)) {
            if (services.contains(c.serviceName())) {
                c.mounts().forEach(m -> mounted.add(m.name()));
            }
        }
        return all.stream().filter(v -> mounted.contains(v.name())).toList();
    }
}
