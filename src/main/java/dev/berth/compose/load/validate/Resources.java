package dev.berth.compose.load.validate;

import dev.berth.compose.load.canonical.Trees;
import java.util.List;
import java.util.Map;

/** Top-level resources: external ones carry no driver settings; secrets and configs say where they come from. */
final class Resources {
    private Resources() {}

    static void check(Map<String, Object> tree, Report report) {
        for (String kind : List.of("networks", "volumes")) {
            each(tree, kind, (key, r) -> {
                if (external(r)) {
                    for (String attr : List.of("driver", "driver_opts", "labels")) {
                        if (r.get(attr) != null && !(kind.equals("networks") && attr.equals("labels"))) {
                            report.add(kind + "." + key + "." + attr,
                                    "conflicting parameters \"external\" and \"" + attr + "\" specified");
                        }
                    }
                }
            });
        }
        each(tree, "secrets", (key, r) -> source(report, "secrets." + key, r, false));
        each(tree, "configs", (key, r) -> source(report, "configs." + key, r, true));
    }

    private static void source(Report report, String path, Map<String, Object> r, boolean config) {
        if (external(r)) {
            return;
        }
        boolean hasSource = r.get("file") != null || r.get("environment") != null
                || (config && r.get("content") != null);
        if (!hasSource) {
            report.add(path, "must declare either 'file' or 'environment'" + (config ? " or 'content'" : ""),
                    "or set 'external: true' for one that already exists");
        }
    }

    /** true, "true", or the legacy {@code external: {name: x}} mapping. */
    private static boolean external(Map<String, Object> r) {
        Object e = r.get("external");
        return Boolean.TRUE.equals(e) || "true".equals(e) || e instanceof Map<?, ?>;
    }

    private interface Visit {
        void accept(String key, Map<String, Object> resource);
    }

    private static void each(Map<String, Object> tree, String kind, Visit visit) {
        Map<String, Object> all = Trees.map(tree.get(kind));
        if (all != null) {
            all.forEach((key, value) -> {
                Map<String, Object> r = Trees.map(value);
                if (r != null) {
                    visit.accept(key, r);
                }
            });
        }
    }
}
