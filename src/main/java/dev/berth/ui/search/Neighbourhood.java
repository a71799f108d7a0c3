package dev.berth.ui.search;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What focus mode keeps in view around one service: everything it depends on and everything that
 * depends on it, however far, through depends_on of services on and off.
 */
public final class Neighbourhood {
    private final Map<String, Set<String>> dependencies = new TreeMap<>();
    private final Map<String, Set<String>> dependants = new HashMap<>();

    public Neighbourhood(Project project) {
        Map<String, Service> all = new TreeMap<>(project.services());
        project.disabledServices().forEach(all::putIfAbsent);
        for (Service s : all.values()) {
            for (String dep : s.dependsOn().keySet()) {
                if (all.containsKey(dep) && !dep.equals(s.name())) {
                    dependencies.computeIfAbsent(s.name(), k -> new TreeSet<>()).add(dep);
                    dependants.computeIfAbsent(dep, k -> new TreeSet<>()).add(s.name());
                }
            }
        }
    }

    /** The service, what it needs and what needs it (a cycle, which the loader reports, ends the walk). */
    public Set<String> around(String service) {
        Set<String> out = new TreeSet<>(reach(service, dependencies));
        out.addAll(reach(service, dependants));
        return out;
    }

    public Set<String> dependenciesOf(String service) {
        Set<String> out = reach(service, dependencies);
        out.remove(service);
        return out;
    }

    public Set<String> dependantsOf(String service) {
        Set<String> out = reach(service, dependants);
        out.remove(service);
        return out;
    }

    private static Set<String> reach(String start, Map<String, Set<String>> next) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            String s = todo.poll();
            if (seen.add(s)) {
                todo.addAll(next.getOrDefault(s, Set.of()));
            }
        }
        return seen;
    }
}
