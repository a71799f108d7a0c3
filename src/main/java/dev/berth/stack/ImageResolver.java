package dev.berth.stack;

import dev.berth.engine.EngineException;
import java.util.List;
import java.util.Map;

/**
 * --resolve-image: the image's digest on its registry, pinned into the spec as the docker CLI's client does
 * ({@code name:tag@sha256:...}); an image the registry does not have gets the docker CLI's warning, as each node then
 * pulls (or finds) it on its own. Without resolving, an unchanged image keeps the reference the service runs.
 */
record ImageResolver(SwarmGateway swarm, DeployOptions options, Map<String, Doc> asked) {
    /** {@code asked} keeps each image's answer for the deploy: 50 services of one image ask its registry once. */
    ImageResolver(SwarmGateway swarm, DeployOptions options) {
        this(swarm, options, new java.util.HashMap<>());
    }

    /** The image reference to send, and the platforms its registry lists (null when not asked). */
    record Resolved(String image, List<Map<String, Object>> platforms) {}

    /** The image to send for a service; adds the warning when the registry cannot say its digest. */
    Resolved resolve(Map<String, Object> spec, Doc current, List<String> warnings) {
        Doc want = new Doc(spec);
        String image = want.string("TaskTemplate", "ContainerSpec", "Image");
        String written = current == null ? null : current.labels("Spec", "Labels").get(ServiceConverter.IMAGE);
        String running = current == null ? null : current.string("Spec", "TaskTemplate", "ContainerSpec", "Image");
        boolean query = switch (options.resolveImage()) {
            case "always" -> true;
            case "changed" -> !image.equals(written);
            default -> false;
        };
        if (!query) {
            return new Resolved(image.equals(written) ? running : image, null);
        }
        if (!asked.containsKey(image)) {
            try {
                asked.put(image, swarm.distribution(image, options.authFor(image)));
            } catch (EngineException e) {
                asked.put(image, null); // no answer: asked once, warned once (the warnings are made distinct)
            }
        }
        Doc d = asked.get(image);
        if (d == null) {
            warnings.add(warning(image));
            return new Resolved(image, null);
        }
        List<Map<String, Object>> platforms = d.docs("Platforms").stream()
                .map(p -> Map.<String, Object>of("Architecture", p.string("architecture"), "OS", p.string("os"))).toList();
        String pinned = image.contains("@") ? image : image + "@" + d.string("Descriptor", "digest");
        return new Resolved(pinned, platforms.isEmpty() ? null : platforms);
    }

    static String warning(String image) {
        return "image " + image + " could not be accessed on a registry to record\nits digest. Each node will access "
                + image + " independently,\npossibly leading to different nodes running different\nversions of the image.\n";
    }
}
