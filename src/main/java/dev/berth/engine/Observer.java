package dev.berth.engine;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Takes the snapshot the reconciler compares against, with the engine calls made in parallel. */
final class Observer {
    private Observer() {}

    static ProjectState observe(DockerGateway gateway, String projectName, Project project) {
        try (ExecutorService pool = Tasks.perTask()) {
            Future<List<ContainerState>> containers = pool.submit(() -> gateway.containers(
                    List.of(Labels.PROJECT + "=" + projectName), true));
            Future<List<ProjectState.NetworkState>> networks = pool.submit(gateway::networks);
            Future<List<ProjectState.VolumeState>> volumes = pool.submit(gateway::volumes);
            Set<String> wanted = new TreeSet<>();
            if (project != null) {
                project.services().values().stream().map((Service s) -> s.imageName(project.name())).forEach(wanted::add);
            }
            Map<String, Future<String>> images = new TreeMap<>();
            wanted.forEach(image -> images.put(image, pool.submit(() -> gateway.imageId(image))));
            Map<String, String> present = new TreeMap<>();
            images.forEach((image, id) -> {
                String found = get(id);
                if (found != null) {
                    present.put(image, found);
                }
            });
            List<ContainerState> found = get(containers);
            ConfigFingerprints store = ConfigFingerprints.standard();
            Map<String, String> fingerprints = new TreeMap<>();
            found.stream().map(ContainerState::configHash).filter(h -> h != null).distinct().forEach(h -> {
                String lines = store.recall(h);
                if (lines != null) {
                    fingerprints.put(h, lines);
                }
            });
            return new ProjectState(projectName, found, get(networks), get(volumes), present, fingerprints);
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(EngineException.Reason.ENGINE_ERROR, "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EngineException engine) {
                throw engine;
            }
            throw new EngineException(EngineException.Reason.ENGINE_ERROR, String.valueOf(e.getCause().getMessage()),
                    e.getCause());
        }
    }
}
