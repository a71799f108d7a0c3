package dev.berth.engine;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which images {@code down --rmi} removes, as the reference decides: with {@code local}, the tagged images built
 * for the project (labelled with it, of a service it still has, or any with --remove-orphans) and the default-named
 * images of services without {@code image:}; {@code all} adds every service's {@code image:}. Only images that
 * exist are listed. Without a compose file ({@code project} null), the services are those of the containers.
 */
final class DownImages {
    private DownImages() {}

    static void plan(Project project, ProjectState observed, List<DockerGateway.ImageState> projectImages,
                     DownOptions options, List<Operation> out) {
        String mode = options.removeImages();
        if (!"local".equals(mode) && !"all".equals(mode)) {
            throw new EngineException(EngineException.Reason.INVALID, "unsupported image prune mode: " + mode);
        }
        Set<String> images = new TreeSet<>();
        Set<String> known = new TreeSet<>();
        if (project != null) {
            known.addAll(project.services().keySet());
            for (Service s : project.services().values()) {
                String name = s.imageName(project.name());
                if ((s.image() == null || "all".equals(mode)) && observed.images().containsKey(name)) {
                    images.add(familiar(name));
                }
            }
        } else {
            // Without a compose file the reference knows the services, and their images, from the containers.
            observed.containers().forEach(c -> known.add(c.serviceName()));
            if ("all".equals(mode)) {
                observed.containers().forEach(c -> images.add(familiar(c.image())));
            }
        }
        for (DockerGateway.ImageState image : projectImages) {
            String service = image.labels().get(Labels.SERVICE);
            if (!image.repoTags().isEmpty() && observed.projectName().equals(image.labels().get(Labels.PROJECT))
                    && (options.removeOrphans() || known.contains(service))) {
                images.add(familiar(image.repoTags().getFirst()));
            }
        }
        images.forEach(i -> out.add(new Operation.RemoveImage(null, i, "--rmi " + mode)));
    }

    /** One spelling per image, so "app" and "app:latest" are removed once. */
    static String familiar(String reference) {
        String name = reference.startsWith("docker.io/library/") ? reference.substring(18)
                : reference.startsWith("docker.io/") ? reference.substring(10) : reference;
        int slash = name.lastIndexOf('/');
        boolean tagged = name.indexOf(':', slash + 1) >= 0 || name.contains("@");
        return tagged ? name : name + ":latest";
    }
}
