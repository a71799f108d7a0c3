package dev.berth.compose.load;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which services profiles switch on: a service without profiles always is; otherwise one of its
 * profiles must be active ({@code *} activates all). Services named as targets enable their
 * profiles, and their dependencies come along.
 */
final class Profiles {
    private Profiles() {}

    /** --profile values, else COMPOSE_PROFILES split on commas. */
    static Set<String> requested(LoadOptions o, Map<String, String> env) {
        Set<String> out = new TreeSet<>();
        if (!o.profiles().isEmpty()) {
            out.addAll(o.profiles());
        } else if (env.get("COMPOSE_PROFILES") != null) {
            Arrays.stream(env.get("COMPOSE_PROFILES").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(out::add);
        }
        return out;
    }

    /** Adds the profiles of the target services to {@code active}. */
    static void enableTargets(Map<String, Object> services, List<String> targets, Set<String> active) {
        for (String t : targets) {
            Map<String, Object> s = Trees.map(services.get(t));
            List<String> profiles = s == null ? null : Trees.strings(s.get("profiles"));
            if (profiles != null) {
                active.addAll(profiles);
            }
        }
    }

    /** Removes the services that are off from {@code services} and returns them by name. */
    static Map<String, Object> split(Map<String, Object> services, Set<String> active, List<String> targets) {
        Set<String> forced = dependencies(services, targets);
        Map<String, Object> disabled = new LinkedHashMap<>();
        for (String name : new TreeSet<>(services.keySet())) {
            if (!forced.contains(name) && !enabled(Trees.map(services.get(name)), active)) {
                disabled.put(name, services.remove(name));
            }
        }
        return disabled;
    }

    static boolean enabled(Map<String, Object> service, Set<String> active) {
        List<String> profiles = service == null ? null : Trees.strings(service.get("profiles"));
        if (profiles == null || profiles.isEmpty() || active.contains("*")) {
            return true;
        }
        return profiles.stream().anyMatch(active::contains);
    }

    private static Set<String> dependencies(Map<String, Object> services, List<String> targets) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(targets);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            Map<String, Object> s = Trees.map(services.get(name));
            if (s == null || !out.add(name)) {
                continue;
            }
            Map<String, Object> deps = Trees.map(s.get("depends_on"));
            if (deps != null) {
                todo.addAll(deps.keySet());
            }
        }
        return out;
    }
}
