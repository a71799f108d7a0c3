package dev.berth.compose.render;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The reference prints only the top-level models some service uses. */
final class UsedModels {
    private UsedModels() {}

    static Map<String, Object> only(Map<String, Object> tree) {
        if (!(tree.get("models") instanceof Map<?, ?> models)) {
            return tree;
        }
        Set<Object> used = new HashSet<>();
        if (tree.get("services") instanceof Map<?, ?> services) {
            services.values().forEach(s -> {
                if (s instanceof Map<?, ?> m && m.get("models") instanceof Map<?, ?> refs) {
                    used.addAll(refs.keySet());
                }
            });
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        models.forEach((k, v) -> {
            if (used.contains(k)) {
                kept.put(String.valueOf(k), v);
            }
        });
        Map<String, Object> out = new LinkedHashMap<>(tree);
        if (kept.isEmpty()) {
            out.remove("models");
        } else {
            out.put("models", kept);
        }
        return out;
    }
}
