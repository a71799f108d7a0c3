package dev.berth.compose.load.validate;

import dev.berth.compose.load.canonical.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** depends_on cycles, named as the path that closes them: {@code a -> b -> a}. */
final class Cycles {
    private final Report report;

    Cycles(Report report) {
        this.report = report;
    }

    void check(Map<String, Object> services) {
        Set<String> done = new HashSet<>();
        for (String name : new TreeMap<>(services).keySet()) {
            List<String> cycle = visit(name, services, new ArrayList<>(), done);
            if (cycle != null) {
                report.add("services." + cycle.getFirst() + ".depends_on",
                        "dependency cycle detected: " + String.join(" -> ", cycle));
                return;
            }
        }
    }

    private List<String> visit(String name, Map<String, Object> services, List<String> stack, Set<String> done) {
        int at = stack.indexOf(name);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(stack.subList(at, stack.size()));
            cycle.add(name);
            return cycle;
        }
        if (done.contains(name)) {
            return null;
        }
        stack.add(name);
        Map<String, Object> s = Trees.map(services.get(name));
        Map<String, Object> deps = s == null ? null : Trees.map(s.get("depends_on"));
        if (deps != null) {
            for (String dep : new TreeMap<>(deps).keySet()) {
                if (services.containsKey(dep)) {
                    List<String> cycle = visit(dep, services, stack, done);
                    if (cycle != null) {
                        return cycle;
                    }
                }
            }
        }
        stack.removeLast();
        done.add(name);
        return null;
    }
}
