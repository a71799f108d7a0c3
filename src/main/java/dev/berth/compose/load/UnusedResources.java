package dev.berth.compose.load;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops top-level networks, volumes, secrets and configs that no enabled service uses, as the
 * reference does before printing or running a project (services switched off by profiles do not count).
 */
final class UnusedResources {
    private UnusedResources() {}

    static void remove(Map<String, Object> tree) {
        Set<String> networks = new HashSet<>();
        Set<String> volumes = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        Set<String> configs = new HashSet<>();
        Map<String, Object> services = Trees.map(tree.get("services"));
        if (services != null) {
            for (Object value : services.values()) {
                Map<String, Object> s = Trees.map(value);
                if (s == null) {
                    continue;
                }
                Map<String, Object> nets = Trees.map(s.get("networks"));
                if (nets != null) {
                    networks.addAll(nets.keySet());
                }
                sources(s.get("volumes"), volumes, true);
                sources(s.get("secrets"), secrets, false);
                sources(s.get("configs"), configs, false);
                Map<String, Object> build = Trees.map(s.get("build"));
                if (build != null) {
                    sources(build.get("secrets"), secrets, false);
                }
            }
        }
        keep(tree, "networks", networks);
        keep(tree, "volumes", volumes);
        keep(tree, "secrets", secrets);
        keep(tree, "configs", configs);
    }

    private static void sources(Object list, Set<String> into, boolean volumesOnly) {
        if (!(list instanceof List<?> items)) {
            return;
        }
        for (Object item : items) {
            Map<String, Object> m = Trees.map(item);
            if (m == null) {
                if (item instanceof String s) {
                    into.add(s);
                }
                continue;
            }
            if (volumesOnly && !"volume".equals(m.get("type"))) {
                continue;
            }
            if (m.get("source") instanceof String src && !src.isEmpty()) {
                into.add(src);
            }
        }
    }

    private static void keep(Map<String, Object> tree, String key, Set<String> used) {
        Map<String, Object> section = Trees.map(tree.get(key));
        if (section == null) {
            return;
        }
        section.keySet().retainAll(used);
        if (section.isEmpty()) {
            tree.remove(key);
        }
    }
}
