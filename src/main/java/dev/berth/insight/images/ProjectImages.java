package dev.berth.insight.images;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.engine.ContainerImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The project's images, one row each: what {@code images} reports of its containers (the image a container was
 * created from, with its size), joined with the services that name the image in the file, so a service not created
 * yet is listed too (without a size).
 */
public final class ProjectImages {
    private ProjectImages() {}

    /** One image: its name, engine id (null when no container has it), size, creation, users. */
    public record Row(String image, String id, long sizeBytes, long createdEpochSeconds, List<String> services,
                      int containers) {}

    public static List<Row> of(Project project, List<ContainerImage> containers) {
        Map<String, Building> byImage = new TreeMap<>();
        for (ContainerImage c : containers) {
            if (c.container().oneOff()) {
                continue;
            }
            Building b = byImage.computeIfAbsent(tagged(c.container().image()), Building::new);
            b.services.add(c.container().serviceName());
            b.containers++;
            if (c.id() != null) {
                b.id = c.id();
                b.size = c.size();
                b.created = c.createdEpochSeconds();
            }
        }
        for (Service s : project.services().values()) {
            byImage.computeIfAbsent(tagged(s.imageName(project.name())), Building::new).services.add(s.name());
        }
        List<Row> out = new ArrayList<>();
        byImage.values().forEach(b -> out.add(new Row(b.image, b.id, b.size, b.created, List.copyOf(b.services),
                b.containers)));
        return out;
    }

    /** {@code busybox} and {@code busybox:latest} are one image, as the engine resolves them. */
    static String tagged(String image) {
        String last = image.substring(image.lastIndexOf('/') + 1);
        return last.contains(":") || last.contains("@") ? image : image + ":latest";
    }

    private static final class Building {
        final String image;
        final TreeSet<String> services = new TreeSet<>();
        String id;
        long size;
        long created;
        int containers;

        Building(String image) {
            this.image = image;
        }
    }
}
