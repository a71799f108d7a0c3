package dev.berth.compose.load;

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
}
