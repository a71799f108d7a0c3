package dev.berth.compose.load.validate;

import dev.berth.compose.load.canonical.Trees;
import java.util.List;
import java.util.Map;

/** A service's references to other services and to top-level networks, volumes, secrets, configs, models. */
final class References {
    private final Map<String, Object> tree;
    private final Report report;

    References(Map<String, Object> tree, Report report) {
        this.tree = tree;
        this.report = report;
    }

    void service(String path, Map<String, Object> s, Map<String, Object> services) {
        Map<String, Object> dependsOn = Trees.map(s.get("depends_on"));
        if (dependsOn != null) {
            // required: false spares only a dependency that profiles switched off (dropped before this check);
            // one defined nowhere is refused, as the reference refuses it
            for (Map.Entry<String, Object> d : dependsOn.entrySet()) {
                if (!services.containsKey(d.getKey())) {
                    report.add(path + ".depends_on." + d.getKey(), "depends on undefined service '" + d.getKey() + "'",
                            Suggest.hint(d.getKey(), services.keySet()));
                }
            }
        }
        Map<String, Object> networks = Trees.map(s.get("networks"));
        if (networks != null) {
            networks.keySet().forEach(n -> defined(path + ".networks." + n, "network", n, "networks"));
        }
        Map<String, Object> models = Trees.map(s.get("models"));
        if (models != null) {
            models.keySet().forEach(m -> defined(path + ".models." + m, "model", m, "models"));
        }
        sources(path, "volumes", Trees.list(s.get("volumes")), "volume");
        sources(path, "secrets", Trees.list(s.get("secrets")), "secret");
        sources(path, "configs", Trees.list(s.get("configs")), "config");
    }

    private void sources(String path, String kind, List<Object> refs, String word) {
        if (refs == null) {
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            Map<String, Object> r = Trees.map(refs.get(i));
            if (r == null) {
                continue;
            }
            if (!(r.get("source") instanceof String source) || source.isEmpty()) {
                if (!kind.equals("volumes")) {
                    report.add(path + "." + kind + "[" + i + "]", word + " has no source",
                            "name the top-level " + word + " in 'source'");
                }
                continue;
            }
            if (kind.equals("volumes") && !"volume".equals(r.get("type"))) {
                continue;
            }
            defined(path + "." + kind + "[" + i + "]", word, source, kind);
        }
    }

    private void defined(String path, String word, String name, String kind) {
        Map<String, Object> all = Trees.map(tree.get(kind));
        // an x- key of a top-level section is an extension, not a resource
        if (all == null || !all.containsKey(name) || name.startsWith("x-")) {
            report.add(path, "refers to undefined " + word + " '" + name + "'",
                    all == null ? "declare it under top-level '" + kind + "'" : Suggest.hint(name, all.keySet()));
        }
    }
}
