package dev.berth.compose.load.canonical;

import java.util.Map;

/** Top-level networks, volumes, secrets and configs: external shorthand, default network, engine-side names. */
final class TopLevel {
    private TopLevel() {}

    static void file(Map<String, Object> tree, Shape shape) {
        // per-file shapes of top-level resources come here
    }

    static void project(Map<String, Object> tree, LoadContext ctx, Shape shape) {
        Map<String, Object> services = Trees.map(tree, "services");
        boolean usesDefault = services != null && services.values().stream()
                .map(Trees::map)
                .anyMatch(s -> s != null && Trees.map(s, "networks") != null
                        && Trees.map(s, "networks").containsKey("default"));
        if (usesDefault) {
            Map<String, Object> networks = Trees.child(tree, "networks");
            if (!networks.containsKey("default")) {
                networks.put("default", Trees.newMap());
            }
        }
        name(tree, "networks", ctx);
        name(tree, "volumes", ctx);
    }

    private static void name(Map<String, Object> tree, String kind, LoadContext ctx) {
        Map<String, Object> all = Trees.map(tree, kind);
        if (all == null) {
            return;
        }
        all.replaceAll((key, value) -> {
            Map<String, Object> m = Trees.map(value) == null ? Trees.newMap() : Trees.map(value);
            if (m.get("name") == null) {
                Map<String, Object> named = Trees.newMap();
                named.put("name", Boolean.TRUE.equals(m.get("external")) ? key : ctx.projectName() + "_" + key);
                named.putAll(m);
                return named;
            }
            return m;
        });
    }
}
