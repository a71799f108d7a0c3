package dev.berth.engine;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The image of a volume-copy container: it is never started, so any image present will do; one a container of the
 * volume already uses, else one of the project's services that is here. Nothing is pulled for it.
 */
final class HelperImage {
    private HelperImage() {}

    static String pick(DockerGateway gateway, Project project, String volumeName) {
        for (ContainerState c : gateway.containers(List.of(), true)) {
            if (c.mounts().stream().anyMatch(m -> volumeName.equals(m.name())) && c.image() != null
                    && gateway.imageDetails(c.image()) != null) {
                return c.image();
            }
        }
        for (Service s : new TreeMap<>(project.services()).values()) {
            String image = s.imageName(project.name());
            if (image != null && gateway.imageDetails(image) != null) {
                return image;
            }
        }
        throw new EngineException(EngineException.Reason.NOT_FOUND, "no image of project " + project.name()
                + " is here to mount volume " + volumeName + " with: run berth pull or berth build first");
    }

    /** A container that only holds the mount: no network, a command it will never run. */
    static ContainerSpec spec(String name, String image, ContainerSpec.MountSpec mount, Map<String, String> labels) {
        return new ContainerSpec(name, image, List.of("true"), null, List.of(),
                labels, null, null, null, null, null,
                List.of(), List.of(), List.of(mount), Map.of(),
                "none", List.of(), null, null,
                null, null, null, null, List.of(),
                List.of(), List.of(), null, null, null,
                null, null, null, List.of(), List.of(),
                Map.of(), List.of(), null, List.of(),
                List.of(), null, null, ContainerSpec.Extras.NONE);
    }
}
