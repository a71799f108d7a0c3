package dev.berth.engine;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the engine holds of one project, found by the {@code com.docker.compose.project} label. Containers are
 * sorted by service, then number. {@code images} maps the local image references the project's services need to
 * their ids, for those that exist (so the reconciler decides to build, pull or recreate without asking the engine);
 * {@code fingerprints} maps the config hashes of its containers to their {@link ConfigFingerprints}, where known.
 */
public record ProjectState(String projectName, List<ContainerState> containers, List<NetworkState> networks,
                           List<VolumeState> volumes, Map<String, String> images, Map<String, String> fingerprints) {

    /** Without fingerprints: a recreate then says only "config changed". */
    public ProjectState(String projectName, List<ContainerState> containers, List<NetworkState> networks,
                        List<VolumeState> volumes, Map<String, String> images) {
        this(projectName, containers, networks, volumes, images, Map.of());
    }

    public ProjectState {
        fingerprints = fingerprints == null ? Map.of() : Map.copyOf(fingerprints);
        containers = containers.stream()
                .sorted(Comparator.comparing(ContainerState::serviceName).thenComparing(ContainerState::number)
                        .thenComparing(ContainerState::name))
                .toList();
        networks = List.copyOf(networks);
        volumes = List.copyOf(volumes);
        images = images == null ? Map.of() : Map.copyOf(images);
    }

    public static ProjectState empty(String projectName) {
        return new ProjectState(projectName, List.of(), List.of(), List.of(), Map.of());
    }

    /** Containers grouped by service name, services in name order. */
    public Map<String, List<ContainerState>> byService() {
        Map<String, List<ContainerState>> out = new TreeMap<>();
        for (ContainerState c : containers) {
            out.computeIfAbsent(c.serviceName(), k -> new java.util.ArrayList<>()).add(c);
        }
        return new LinkedHashMap<>(out);
    }

    public List<ContainerState> containersOf(String serviceName) {
        return containers.stream().filter(c -> c.serviceName().equals(serviceName) && !c.oneOff()).toList();
    }

    /** A network the engine has; {@code labels} tell whether this project made it. */
    public record NetworkState(String id, String name, Map<String, String> labels) {}

    /** A volume the engine has. */
    public record VolumeState(String name, Map<String, String> labels) {}
}
