package dev.berth.ui.topology;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The depends_on edges of a project, sorted by dependant then dependency. */
final class Edges {
    private Edges() {}

    static List<GraphEdge> dependsOn(Project project, Map<String, Service> all) {
        List<GraphEdge> edges = new ArrayList<>();
        for (Service s : all.values()) {
            for (DependsOn d : s.dependsOn().values().stream().sorted(java.util.Comparator.comparing(DependsOn::serviceName)).toList()) {
                if (!all.containsKey(d.serviceName())) {
                    continue;
                }
                edges.add(edge(project, s.name(), d));
            }
        }
        return edges;
    }

    static String id(String dependency, String dependant) {
        return "edge-" + dependency + "-" + dependant;
    }

    private static GraphEdge edge(Project project, String dependant, DependsOn d) {
        boolean dependantOn = project.services().containsKey(dependant);
        boolean dependencyOff = !project.services().containsKey(d.serviceName());
        boolean broken = dependantOn && dependencyOff && d.required();
        String reason = broken ? reason(project, dependant, d.serviceName()) : null;
        return new GraphEdge(id(d.serviceName(), dependant), GraphEdge.Kind.DEPENDS_ON,
                GraphNode.idOf(GraphNode.Kind.SERVICE, d.serviceName()), GraphNode.idOf(GraphNode.Kind.SERVICE, dependant),
                ServiceText.conditionWord(d.condition()), !d.required(), broken, reason);
    }

    private static String reason(Project project, String dependant, String dependency) {
        Service off = project.disabledServices().get(dependency);
        String profiles = off == null || off.profiles().isEmpty() ? "" :
                " (profile " + String.join(" or ", off.profiles().stream().sorted().toList()) + " is not active)";
        return dependant + " requires " + dependency + ", which is switched off" + profiles;
    }
}
