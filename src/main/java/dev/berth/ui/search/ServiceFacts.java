package dev.berth.ui.search;

import dev.berth.compose.model.Mount;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a search can ask of one service: its name, state word ("off" when a profile switches it
 * off), profiles, networks, image and named volumes. Plain data, built from the project and the
 * live state words, so the search can be tested without a window.
 */
public record ServiceFacts(String name, String state, List<String> profiles, List<String> networks, String image,
                           List<String> volumes) {
    public static final String OFF = "off";

    public ServiceFacts {
        profiles = List.copyOf(profiles);
        networks = List.copyOf(networks);
        volumes = List.copyOf(volumes);
    }

    /** Facts of every service of the project, on and off, sorted by name; {@code stateOf} gives the live state word. */
    public static List<ServiceFacts> of(Project project, java.util.function.Function<String, String> stateOf) {
        Map<String, Service> all = new TreeMap<>(project.services());
        project.disabledServices().forEach(all::putIfAbsent);
        List<ServiceFacts> out = new ArrayList<>();
        for (Service s : all.values()) {
            boolean on = project.services().containsKey(s.name());
            out.add(of(project, s, on ? stateOf.apply(s.name()) : OFF));
        }
        return out;
    }

    static ServiceFacts of(Project project, Service s, String state) {
        List<String> nets = s.networks().isEmpty() && s.networkMode() == null && project.networks().containsKey("default")
                ? List.of("default") : s.networks().keySet().stream().sorted().toList();
        List<String> vols = s.volumes().stream().filter(m -> "volume".equals(m.type()) && m.source() != null)
                .map(Mount::source).sorted().toList();
        String image = s.image() != null ? s.image() : s.imageName(project.name());
        return new ServiceFacts(s.name(), state, s.profiles(), nets, image == null ? "" : image, vols);
    }
}
