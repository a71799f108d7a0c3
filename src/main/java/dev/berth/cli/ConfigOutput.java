package dev.berth.cli;

import dev.berth.compose.model.Project;
import dev.berth.graph.ServiceGraph;
import dev.berth.compose.render.ConfigHash;
import dev.berth.compose.render.ConfigRenderer;
import dev.berth.graph.GraphExport;
import dev.berth.graph.ServiceGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** What {@code config} prints for each of its flags, from the loaded project's tree. */
final class ConfigOutput {
    private final Project project;
    private final Map<String, Object> tree;

    ConfigOutput(Project project) {
        this.project = project;
        this.tree = project.tree();
    }

    /** The text for the first listing flag set, or the whole rendered project. */
    String text(ConfigCommand c) {
        if (c.graph != null) {
            return graph(c.graph);
        }
        if (c.hash != null) {
            return hashes(c.hash);
        }
        if (c.services) {
            // dependencies first, like the reference (which walks the services in dependency order)
            return lines(ServiceGraph.of(project).startOrder());
        }
        if (c.volumes) {
            return lines(keys("volumes"));
        }
        if (c.networks) {
            return lines(keys("networks"));
        }
        if (c.profiles) {
            return lines(profiles());
        }
        if (c.images) {
            return lines(images());
        }
        // without interpolation the values are printed as written: "$" is not escaped a second time
        boolean escape = !c.noInterpolate;
        return c.format.equals("json") ? ConfigRenderer.json(tree, escape) : ConfigRenderer.yaml(tree, escape);
    }

    private String graph(String format) {
        ServiceGraph graph = ServiceGraph.of(project);
        return switch (format) {
            case "dot" -> GraphExport.dot(graph);
            case "mermaid" -> GraphExport.mermaid(graph);
            default -> throw new IllegalArgumentException("unsupported graph format \"" + format + "\" (use dot or mermaid)");
        };
    }

    private List<String> keys(String section) {
        return tree.get(section) instanceof Map<?, ?> m ? new TreeSet<>(m.keySet()).stream().map(String::valueOf).toList()
                : List.of();
    }

    private List<String> profiles() {
        TreeSet<String> out = new TreeSet<>();
        List<Object> all = new ArrayList<>(map(tree.get("services")).values());
        project.disabledServices().values().forEach(s -> all.add(s.tree()));
        for (Object s : all) {
            if (map(s).get("profiles") instanceof List<?> l) {
                l.forEach(p -> out.add(String.valueOf(p)));
            }
        }
        return new ArrayList<>(out);
    }

    private List<String> images() {
        List<String> out = new ArrayList<>();
        new TreeMap<>(map(tree.get("services"))).forEach((name, s) -> {
            Object image = map(s).get("image");
            out.add(image != null ? String.valueOf(image) : project.name() + "-" + name);
        });
        return out;
    }

    private String hashes(String selection) {
        Map<?, ?> services = map(tree.get("services"));
        List<String> names = selection.equals("*") ? keys("services") : List.of(selection.split(","));
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (!services.containsKey(name)) {
                throw new IllegalArgumentException("no such service: " + name + ": not found");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) services.get(name);
            out.append(name).append(' ').append(ConfigHash.of(s)).append('\n');
        }
        return out.toString();
    }

    private static String lines(List<String> items) {
        StringBuilder out = new StringBuilder();
        items.forEach(i -> out.append(i).append('\n'));
        return out.toString();
    }

    private static Map<?, ?> map(Object o) {
        if (o instanceof Map<?, ?> m) {
            return m;
        }
        return Map.of();
    }
}
