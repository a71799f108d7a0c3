package dev.berth.engine;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.engine.Operation.AwaitDependencies;
import dev.berth.engine.Operation.RestartContainer;
import dev.berth.graph.ServiceGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plans {@code restart} as the reference does: the named services (all when none) plus, transitively, the services
 * that depend on them with {@code restart: true}; each restarts once the restart-dependencies it waits for have.
 * Dependencies without {@code restart: true} impose no order, as in the reference.
 */
public final class Restarts {
    private Restarts() {}

    public static Plan plan(Project project, ProjectState observed, List<String> services, Integer timeoutSeconds) {
        return plan(project, observed, services, timeoutSeconds, false);
    }

    /** @param noDeps {@code --no-deps}: only the named services, no dependant pulled in */
    public static Plan plan(Project project, ProjectState observed, List<String> services, Integer timeoutSeconds,
                            boolean noDeps) {
        Map<String, String> scope = scope(project, services, noDeps);
        Map<String, List<Operation>> lanes = new LinkedHashMap<>();
        for (String name : ServiceGraph.of(project).startOrder(scope.keySet())) {
            List<ContainerState> containers = observed.containersOf(name);
            if (containers.isEmpty()) {
                continue;
            }
            List<Operation> lane = new ArrayList<>();
            List<DependsOn> waits = project.service(name).dependsOn().values().stream()
                    .filter(d -> d.restart() && scope.containsKey(d.serviceName())
                            && !observed.containersOf(d.serviceName()).isEmpty())
                    .sorted(Comparator.comparing(DependsOn::serviceName)).toList();
            if (!waits.isEmpty()) {
                lane.add(new AwaitDependencies(name, waits, "depends_on restart"));
            }
            int timeout = timeout(project.service(name), timeoutSeconds);
            for (ContainerState c : containers) {
                lane.add(new RestartContainer(name, c.name(), timeout, scope.get(name)));
            }
            lanes.put(name, lane);
        }
        return new Plan(project.name(), List.of(), lanes, List.of(), List.of());
    }

    /** Service name → why it restarts: named (or all), or pulled in by a dependency it declares restart: true on. */
    static Map<String, String> scope(Project project, List<String> services, boolean noDeps) {
        Map<String, String> out = new TreeMap<>();
        List<String> named = services.isEmpty() ? List.copyOf(project.services().keySet()) : services;
        Deque<String> todo = new ArrayDeque<>();
        for (String name : named.stream().filter(project.services()::containsKey).sorted().toList()) {
            out.put(name, "restart");
            if (!noDeps) {
                todo.add(name);
            }
        }
        while (!todo.isEmpty()) {
            String dependency = todo.poll();
            for (Service s : new TreeMap<>(project.services()).values()) {
                DependsOn d = s.dependsOn().get(dependency);
                if (d != null && d.restart() && !out.containsKey(s.name())) {
                    out.put(s.name(), "dependency " + dependency + " was restarted");
                    todo.add(s.name());
                }
            }
        }
        return out;
    }

    private static int timeout(Service service, Integer timeoutSeconds) {
        if (timeoutSeconds != null) {
            return timeoutSeconds;
        }
        return service.stopGracePeriod() == null ? 10 : (int) service.stopGracePeriod().toSeconds();
    }
}
