package dev.berth.graph;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The services of a project and what each needs before it starts. An edge points from the
 * dependent to its dependency ({@code web -> db}). Disabled services (profiles) are nodes too, so
 * the window can draw them as ghosts; edges naming a service the project lacks are left out
 * (the loader reports those).
 */
public final class ServiceGraph {
    private final String projectName;
    private final Graph<String, Edge> graph = new DirectedPseudograph<>(null, null, false);
    private final Map<String, Boolean> enabled = new TreeMap<>();

    private ServiceGraph(String projectName) {
        this.projectName = projectName;
    }

    public static ServiceGraph of(Project project) {
        ServiceGraph g = new ServiceGraph(project.name());
        project.services().keySet().forEach(name -> g.addService(name, true));
        project.disabledServices().keySet().forEach(name -> g.addService(name, false));
        List<Service> all = new ArrayList<>(project.services().values());
        all.addAll(project.disabledServices().values());
        all.stream().flatMap(s -> ServiceEdges.of(s).stream())
                .filter(e -> g.enabled.containsKey(e.to()))
                .sorted(Edge.ORDER)
                .forEach(e -> g.graph.addEdge(e.from(), e.to(), e));
        return g;
    }

    private void addService(String name, boolean on) {
        enabled.put(name, on);
        graph.addVertex(name);
    }

    public String projectName() {
        return projectName;
    }

    /** Every service, enabled or not, sorted by name. */
    public SortedSet<String> serviceNames() {
        return new TreeSet<>(enabled.keySet());
    }

    public SortedSet<String> enabledServiceNames() {
        TreeSet<String> names = new TreeSet<>();
        enabled.forEach((name, on) -> { if (on) names.add(name); });
        return names;
    }

    public boolean isEnabled(String serviceName) {
        return enabled.getOrDefault(serviceName, false);
    }

    public boolean contains(String serviceName) {
        return enabled.containsKey(serviceName);
    }

    /** All edges, sorted. */
    public List<Edge> edges() {
        return graph.edgeSet().stream().sorted(Edge.ORDER).toList();
    }

    /** What {@code serviceName} needs (its outgoing edges), sorted. */
    public List<Edge> dependencies(String serviceName) {
        return graph.outgoingEdgesOf(known(serviceName)).stream().sorted(Edge.ORDER).toList();
    }

    /** Who needs {@code serviceName} (its incoming edges), sorted. */
    public List<Edge> dependents(String serviceName) {
        return graph.incomingEdgesOf(known(serviceName)).stream().sorted(Edge.ORDER).toList();
    }

    /** A read-only view for layout code. */
    public Graph<String, Edge> asGraph() {
        return new AsUnmodifiableGraph<>(graph);
    }

    /** The first cycle in name order, as a closed path: {@code [a, b, a]}. */
    public Optional<List<String>> findCycle() {
        return Cycles.first(graph);
    }

    /** @throws DependencyCycleException naming the cycle, e.g. {@code a -> b -> a} */
    public void requireAcyclic() {
        findCycle().ifPresent(cycle -> { throw new DependencyCycleException(cycle); });
    }

    /** Enabled services, dependencies first; ties by name. */
    public List<String> startOrder() {
        return startOrder(enabledServiceNames());
    }

    public List<String> startOrder(Collection<String> scope) {
        return topological(new EdgeReversedGraph<>(subgraph(scope)));
    }

    /** Enabled services, dependents first; ties by name. */
    public List<String> stopOrder() {
        return stopOrder(enabledServiceNames());
    }

    public List<String> stopOrder(Collection<String> scope) {
        return topological(subgraph(scope));
    }

    /**
     * The targets and everything they need, transitively. A {@code required: false} edge pulls its
     * service in only when that service is enabled.
     */
    public SortedSet<String> pulledIn(Collection<String> targets) {
        SortedSet<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        targets.forEach(t -> todo.add(known(t)));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (seen.add(name)) {
                graph.outgoingEdgesOf(name).stream()
                        .filter(e -> e.required() || isEnabled(e.to()))
                        .forEach(e -> todo.add(e.to()));
            }
        }
        return seen;
    }

    /** Services of {@code states} that are {@link ServiceState#PENDING} and may start now, sorted. */
    public SortedSet<String> ready(Map<String, ServiceState> states) {
        return new Readiness(this, states).ready();
    }

    /** Services not yet satisfied whose dependencies are all in {@code satisfied}; over enabled services. */
    public SortedSet<String> readyAfter(Set<String> satisfied) {
        return Readiness.ofSatisfied(this, enabledServiceNames(), satisfied).ready();
    }

    /** Why {@code serviceName} cannot start yet; empty when it is not waiting on anything. */
    public Optional<WaitReason> whyWaiting(String serviceName, Map<String, ServiceState> states) {
        return new Readiness(this, states).whyWaiting(known(serviceName));
    }

    private Graph<String, Edge> subgraph(Collection<String> scope) {
        scope.forEach(this::known);
        Graph<String, Edge> sub = new AsSubgraph<>(graph, Set.copyOf(scope));
        Cycles.first(sub).ifPresent(cycle -> { throw new DependencyCycleException(cycle); });
        return sub;
    }

    private static List<String> topological(Graph<String, Edge> g) {
        List<String> order = new ArrayList<>();
        new TopologicalOrderIterator<>(g, Comparator.<String>naturalOrder()).forEachRemaining(order::add);
        return order;
    }

    private String known(String serviceName) {
        if (!enabled.containsKey(serviceName)) {
            throw new IllegalArgumentException("no such service: " + serviceName);
        }
        return serviceName;
    }
}
