package dev.berth.engine;

import dev.berth.compose.model.Mount;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The project's volumes with who mounts them: the file tells where, the engine what exists, its size and users. */
final class VolumeUsages {
    private VolumeUsages() {}

    static List<VolumeUsage> of(DockerGateway gateway, Project project) {
        Map<String, VolumeDetails> existing = new TreeMap<>();
        gateway.volumeDetails(List.of(Labels.PROJECT + "=" + project.name())).forEach(v -> existing.put(v.name(), v));
        Map<String, String> keys = new TreeMap<>();
        project.volumes().values().forEach(v -> keys.put(v.name(), v.key()));
        if (!existing.keySet().containsAll(keys.keySet())) {
            // external volumes, or ones made before the project labelled them
            gateway.volumeDetails(List.of()).stream().filter(d -> keys.containsKey(d.name()))
                    .forEach(d -> existing.putIfAbsent(d.name(), d));
        }
        Map<String, Long> sizes = gateway.volumeSizes();
        List<ContainerState> running = gateway.containers(List.of(), false);
        List<VolumeUsage> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.TreeSet<>(keys.keySet());
        names.addAll(existing.keySet());
        for (String name : names) {
            VolumeDetails d = existing.get(name);
            String key = keys.get(name);
            out.add(new VolumeUsage(key, name, d == null ? null : d.driver(), d != null, sizes.get(name),
                    key == null ? List.of() : mounts(project, key), users(running, name)));
        }
        return out;
    }

    static List<VolumeUsage.Mounted> mounts(Project project, String key) {
        List<VolumeUsage.Mounted> out = new ArrayList<>();
        for (Service s : new TreeMap<>(project.services()).values()) {
            for (Mount m : s.volumes()) {
                if ("volume".equals(m.type()) && key.equals(m.source())) {
                    out.add(new VolumeUsage.Mounted(s.name(), m.target(), m.readOnly()));
                }
            }
        }
        return out;
    }

    /** Names of the running containers (of any project) that mount the volume. */
    static List<String> users(List<ContainerState> running, String volumeName) {
        return running.stream().filter(c -> c.mounts().stream().anyMatch(m -> volumeName.equals(m.name())))
                .map(ContainerState::name).sorted().toList();
    }
}
