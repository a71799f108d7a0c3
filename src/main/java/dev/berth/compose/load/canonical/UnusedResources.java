package dev.berth.compose.load.canonical;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Drops networks, volumes, secrets, configs and models no service uses, as the reference does before printing. */
final class UnusedResources {
    private UnusedResources() {}

    static void drop(Map<String, Object> tree) {
        Set<String> networks = new HashSet<>();
        Set<String> volumes = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        Set<String> configs = new HashSet<>();
        Set<String> models = new HashSet<>();
        Map<String, Object> services = Trees.map(tree, "services");
        if (services != null) {
            for (Object value : services.values()) {
                Map<String, Object> s = Trees.map(value);
                if (s == null) {
                    continue;
                }
                keys(s.get("networks"), networks);
                keys(s.get("models"), models);
                sources(Trees.list(s, "volumes"), volumes, true);
                sources(Trees.list(s, "secrets"), secrets, false);
                sources(Trees.list(Trees.map(s, "build"), "secrets"), secrets, false);
                sources(Trees.list(s, "configs"), configs, false);
            }
        }
        keep(tree, "networks", networks);
        keep(tree, "volumes", volumes);
        keep(tree, "secrets", secrets);
        keep(tree, "configs", configs);
        keep(tree, "models", models);
    }

    private static void keys(Object value, Set<String> into) {
        Map<String, Object> m = Trees.map(value);
        if (m != null) {
            into.addAll(m.keySet());
        }
        List<Object> l = Trees.list(value);
        if (l != null) {
            l.forEach(x -> into.add(Trees.text(x)));
        }
    }

    private static void sources(List<Object> refs, Set<String> into, boolean volumesOnly) {
        if (refs == null) {
            return;
        }
        for (Object r : refs) {
            Map<String, Object> m = Trees.map(r);
            if (m != null && m.get("source") != null && (!volumesOnly || "volume".equals(m.get("type")))) {
                into.add(Trees.text(m.get("source")));
            }
        }
    }

    private static void keep(Map<String, Object> tree, String kind, Set<String> used) {
        Map<String, Object> all = Trees.map(tree, kind);
        if (all == null) {
            return;
        }
        all.keySet().removeIf(key -> !used.contains(key));
        if (all.isEmpty()) {
            tree.remove(kind);
        }
    }
}
