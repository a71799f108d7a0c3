package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/** One service's attributes, short syntax to long (per file) and defaults/paths/types (per project). */
final class ServiceShape {
    private ServiceShape() {}

    static void file(Map<String, Object> s, String path, Shape shape) {
        replace(s, "ports", Ports.file(s.get("ports"), path + ".ports", shape));
        replace(s, "depends_on", DependsOnShape.file(s.get("depends_on")));
        replace(s, "environment", KeyValues.file(s.get("environment")));
        replace(s, "volumes", Volumes.file(s.get("volumes"), path + ".volumes", shape));
        replace(s, "networks", NetworksShape.file(s.get("networks")));
    }

    static void project(String name, Map<String, Object> s, String path, LoadContext ctx, Shape shape) {
        Ports.project(Trees.list(s, "ports"));
        DependsOnShape.project(Trees.map(s, "depends_on"));
        Volumes.project(Trees.list(s, "volumes"), ctx);
        if (!s.containsKey("network_mode") && !s.containsKey("networks")) {
            Map<String, Object> networks = Trees.newMap();
            networks.put("default", null);
            s.put("networks", networks);
        }
    }

    static void replace(Map<String, Object> s, String key, Object value) {
        if (value != null) {
            s.put(key, value);
        }
    }

    static List<Object> asList(Object value) {
        return Trees.list(value);
    }
}
