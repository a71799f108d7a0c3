package dev.berth.graph;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the edges one service declares: depends_on, links, {@code network_mode/ipc/pid: service:X}
 * and volumes_from. {@code container:X} references point outside the project and make no edge.
 */
final class ServiceEdges {
    private static final String SERVICE_PREFIX = "service:";
    private static final String CONTAINER_PREFIX = "container:";

    private ServiceEdges() {}

    static List<Edge> of(Service service) {
        String from = service.name();
        List<Edge> edges = new ArrayList<>();
        for (DependsOn d : service.dependsOn().values()) {
            edges.add(new Edge(from, d.serviceName(), EdgeKind.DEPENDS_ON, d.condition(), d.required(), d.restart()));
        }
        for (String link : service.links()) {
            edges.add(Edge.implicit(from, beforeColon(link), EdgeKind.LINKS));
        }
        addServiceReference(edges, from, service.networkMode(), EdgeKind.NETWORK_MODE);
        addServiceReference(edges, from, treeString(service, "ipc"), EdgeKind.IPC);
        addServiceReference(edges, from, treeString(service, "pid"), EdgeKind.PID);
        for (String source : service.volumesFrom()) {
            if (!source.startsWith(CONTAINER_PREFIX)) {
                edges.add(Edge.implicit(from, beforeColon(source), EdgeKind.VOLUMES_FROM));
            }
        }
        return edges;
    }

    private static void addServiceReference(List<Edge> edges, String from, String value, EdgeKind kind) {
        if (value != null && value.startsWith(SERVICE_PREFIX)) {
            edges.add(Edge.implicit(from, value.substring(SERVICE_PREFIX.length()), kind));
        }
    }

    /** ipc and pid are not typed on Service; they are read from the config tree. */
    private static String treeString(Service service, String key) {
        return service.tree().get(key) instanceof String s ? s : null;
    }

    /** "db:alias" (links) and "db:ro" (volumes_from) both name the service before the colon. */
    private static String beforeColon(String value) {
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }
}
