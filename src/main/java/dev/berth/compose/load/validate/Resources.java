package dev.berth.compose.load.validate;

import dev.berth.compose.load.canonical.Trees;
import java.util.List;
import java.util.Map;

/**
 * Top-level resources, as the reference's validation has them: an external volume has nothing but a
 * name; a secret or config comes from exactly one source (file, environment, content) unless it is
 * external (the reference's consistency check wants a source even when a secret has a driver).
 */
final class Resources {
    private Resources() {}

    static void check(Map<String, Object> tree, Report report) {
        each(tree, "volumes", (key, r) -> {
            if (Boolean.TRUE.equals(r.get("external"))) {
                for (String attr : r.keySet()) {
                    if (!attr.equals("name") && !attr.equals("external") && !attr.startsWith("x-")) {
                        report.add("volumes." + key + "." + attr,
                                "conflicting parameters \"external\" and \"" + attr + "\" specified",
                                "an external volume exists already: only its 'name' may be given");
                    }
                }
            }
        });
        each(tree, "secrets", (key, r) -> source(report, "secrets." + key, r, List.of("file", "environment")));
        each(tree, "configs", (key, r) -> source(report, "configs." + key, r,
                List.of("file", "environment", "content")));
    }

    private static void source(Report report, String path, Map<String, Object> r, List<String> sources) {
        List<String> given = sources.stream().filter(r::containsKey).toList();
        String words = String.join("|", sources);
        if (given.size() > 1) {
            report.add(path + "." + given.get(1), words + " attributes are mutually exclusive",
                    "keep only one of " + String.join(" and ", given));
        } else if (given.isEmpty() && !r.containsKey("external")) {
            report.add(path, "one of " + words + " must be set",
                    "or set 'external: true' for one that already exists");
        }
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
