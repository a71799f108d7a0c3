package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/**
 * Dependencies compose infers: links and {@code service:X} namespaces (network_mode, ipc, pid, uts,
 * cgroup) restart with their target; volumes_from only orders start-up. Explicit entries win.
 */
final class ImplicitDependencies {
    private ImplicitDependencies() {}

    private static final List<String> NAMESPACES = List.of("network_mode", "ipc", "pid", "uts", "cgroup");

    static void add(Map<String, Object> s) {
        List<Object> links = Trees.list(s, "links");
        if (links != null) {
            links.forEach(link -> ifMissing(s, Trees.text(link).split(":")[0], true));
        }
        for (String key : NAMESPACES) {
            if (s.get(key) instanceof String ref && ref.startsWith("service:")) {
                ifMissing(s, ref.substring("service:".length()), true);
            }
        }
        List<Object> volumesFrom = Trees.list(s, "volumes_from");
        if (volumesFrom != null) {
            for (Object v : volumesFrom) {
                String ref = Trees.text(v);
                if (!ref.startsWith("container:")) {
                    ifMissing(s, ref.split(":")[0], false);
                }
            }
        }
    }

    private static void ifMissing(Map<String, Object> s, String service, boolean restart) {
        Map<String, Object> dependsOn = Trees.child(s, "depends_on");
        if (!dependsOn.containsKey(service)) {
            Map<String, Object> d = Trees.newMap();
            d.put("condition", "service_started");
            if (restart) {
                d.put("restart", true);
            }
            d.put("required", true);
            dependsOn.put(service, d);
        }
    }
}
