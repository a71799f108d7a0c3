package dev.berth.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jgrapht.Graph;

/**
 * Depth-first search for a dependency cycle, visiting names in order so the reported cycle is the
 * same on every run (jgrapht's CycleDetector returns an unordered vertex set).
 */
final class Cycles {
    private enum Mark { ON_PATH, DONE }

    private final Graph<String, Edge> graph;
    private final Map<String, Mark> marks = new HashMap<>();
    private final List<String> path = new ArrayList<>();

    private Cycles(Graph<String, Edge> graph) {
        this.graph = graph;
    }

    static Optional<List<String>> first(Graph<String, Edge> graph) {
        Cycles search = new Cycles(graph);
        for (String start : new TreeSet<>(graph.vertexSet())) {
            Optional<List<String>> cycle = search.visit(start);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String name) {
        Mark mark = marks.get(name);
        if (mark == Mark.DONE) {
            return Optional.empty();
        }
        if (mark == Mark.ON_PATH) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            cycle.add(name);
            return Optional.of(List.copyOf(cycle));
        }
        marks.put(name, Mark.ON_PATH);
        path.add(name);
        TreeSet<String> next = new TreeSet<>();
        graph.outgoingEdgesOf(name).forEach(e -> next.add(e.to()));
        for (String to : next) {
            Optional<List<String>> cycle = visit(to);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.removeLast();
        marks.put(name, Mark.DONE);
        return Optional.empty();
    }
}
