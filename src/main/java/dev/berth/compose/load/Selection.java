package dev.berth.compose.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps only the services named on the command line and what they depend on (none named: all). The others stay
 * declared, as the reference's selection does: they join the disabled services, so that their containers are not
 * taken for orphans.
 */
final class Selection {
    private Selection() {}

    static void keep(Map<String, Object> services, List<String> targets, Map<String, Object> disabled, LoadRun run)
            throws LoadException {
        if (targets.isEmpty()) {
            return;
        }
        Set<String> keep = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(targets);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!services.containsKey(name)) {
                throw new LoadException(new Problem(null, "", "no such service: " + name, null));
            }
            if (keep.add(name)) {
                Map<String, Object> deps = Trees.map(Trees.map(services.get(name)) == null ? null
                        : Trees.map(services.get(name)).get("depends_on"));
                if (deps != null) {
                    deps.forEach((dep, cfg) -> {
                        if (services.containsKey(dep)) {
                            todo.add(dep);
                        }
                    });
                }
            }
        }
        services.forEach((name, tree) -> {
            if (!keep.contains(name)) {
                disabled.put(name, tree);
            }
        });
        services.keySet().retainAll(keep);
    }
}
