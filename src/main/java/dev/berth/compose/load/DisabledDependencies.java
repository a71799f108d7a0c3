package dev.berth.compose.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A service that stays on may not depend on one profiles switched off, unless the dependency says
 * {@code required: false} (then it is dropped, as the reference does when it starts the project).
 */
final class DisabledDependencies {
    private DisabledDependencies() {}

    static void check(Map<String, Object> services, Map<String, Object> disabled, LoadRun run) {
        for (Map.Entry<String, Object> e : new TreeMap<>(services).entrySet()) {
            Map<String, Object> s = Trees.map(e.getValue());
            Map<String, Object> deps = s == null ? null : Trees.map(s.get("depends_on"));
            if (deps == null) {
                continue;
            }
            for (String dep : new TreeMap<>(deps).keySet()) {
                if (!disabled.containsKey(dep)) {
                    continue;
                }
                Map<String, Object> d = Trees.map(deps.get(dep));
                if (d != null && Boolean.FALSE.equals(d.get("required"))) {
                    continue;
                }
                run.problems().add(run.problem("services." + e.getKey() + ".depends_on",
                        "service \"" + e.getKey() + "\" depends on undefined service \"" + dep
                                + "\": invalid compose project"));
            }
        }
    }

    /**
     * The tree for the consistency check, without optional dependencies on disabled services. Only
     * the services that change are copied (shallowly); the rest is shared with the project tree.
     */
    static Map<String, Object> withoutOptional(Map<String, Object> tree, Map<String, Object> disabled) {
        Map<String, Object> services = Trees.map(tree.get("services"));
        if (disabled.isEmpty() || services == null) {
            return tree;
        }
        Map<String, Object> viewServices = new LinkedHashMap<>(services);
        services.forEach((name, value) -> {
            Map<String, Object> s = Trees.map(value);
            Map<String, Object> deps = s == null ? null : Trees.map(s.get("depends_on"));
            if (deps != null && deps.keySet().stream().anyMatch(disabled::containsKey)) {
                Map<String, Object> copy = new LinkedHashMap<>(s);
                Map<String, Object> kept = new LinkedHashMap<>(deps);
                kept.keySet().removeIf(disabled::containsKey);
                copy.put("depends_on", kept);
                viewServices.put(name, copy);
            }
        });
        Map<String, Object> view = new LinkedHashMap<>(tree);
        view.put("services", viewServices);
        return view;
    }
}
