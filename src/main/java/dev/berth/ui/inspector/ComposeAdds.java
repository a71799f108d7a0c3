package dev.berth.ui.inspector;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.graph.ServiceGraph;
import dev.berth.ui.topology.ServiceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "What Compose adds" for the open project: what plain {@code docker run} would not do by itself —
 * the names it gives, the labels it finds things by, the default network, the order it starts
 * services in and the healthcheck gates it waits on.
 */
final class ComposeAdds {
    static final String SECTION = "What Compose adds";

    private ComposeAdds() {}

    static List<InspectorRow> rows(Project p) {
        List<InspectorRow> out = new ArrayList<>();
        String first = p.services().keySet().stream().sorted().findFirst().orElse("web");
        out.add(row("names", "containers are " + p.name() + "-SERVICE-N (" + first + " → " + p.name() + "-" + first
                + "-1); networks and volumes " + p.name() + "_KEY"));
        out.add(row("labels", "com.docker.compose.project=" + p.name() + ", .service, .container-number, .config-hash"
                + " and more on every container: how Compose finds its containers again"));
        out.add(row("default network", p.networks().containsKey("default")
                ? p.name() + "_default, joined by every service that names no network (service name = DNS name)"
                : "none needed: every service names its networks (aliases = service names)"));
        ServiceGraph graph = ServiceGraph.of(p);
        out.add(row("start order", String.join(" → ", graph.startOrder())));
        List<String> gates = new ArrayList<>();
        for (Map.Entry<String, Service> e : new java.util.TreeMap<>(p.services()).entrySet()) {
            for (DependsOn d : e.getValue().dependsOn().values()) {
                if (p.services().containsKey(d.serviceName())) {
                    gates.add(e.getKey() + " waits for " + d.serviceName() + " " + ServiceText.conditionWord(d.condition()));
                }
            }
        }
        out.add(row("gates", gates.isEmpty() ? "none: no depends_on" : String.join("; ", gates)));
        return out;
    }

    private static InspectorRow row(String key, String value) {
        return new InspectorRow(SECTION, key, value, "", null);
    }
}
