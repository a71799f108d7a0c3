package dev.berth.ui.topology;

import dev.berth.compose.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns each service a column (the length of its longest dependency chain) and orders each
 * column by the mean row of its dependencies, names breaking ties, which keeps crossings few and
 * the result deterministic.
 */
final class Layering {
    private final Map<String, Service> services;
    private final Map<String, Integer> column = new HashMap<>();

    Layering(Map<String, Service> sortedServices) {
        this.services = sortedServices;
    }

    List<List<String>> layers() {
        List<List<String>> layers = new ArrayList<>();
        for (String name : services.keySet()) {
            int col = column(name, new HashSet<>());
            while (layers.size() <= col) {
                layers.add(new ArrayList<>());
            }
            layers.get(col).add(name);
        }
        Map<String, Integer> rowOf = new HashMap<>();
        for (List<String> layer : layers) {
            layer.sort(Comparator.comparingDouble((String n) -> meanRow(n, rowOf)).thenComparing(n -> n));
            for (int i = 0; i < layer.size(); i++) {
                rowOf.put(layer.get(i), i);
            }
        }
        return layers;
    }

    private double meanRow(String name, Map<String, Integer> rowOf) {
        return dependencies(name).stream().filter(rowOf::containsKey)
                .mapToInt(rowOf::get).average().orElse(-1);
    }

    /** Longest chain below the service; a cycle (which the loader reports) is cut where it closes. */
    private int column(String name, Set<String> visiting) {
        Integer known = column.get(name);
        if (known != null) {
            return known;
        }
        if (!visiting.add(name)) {
            return 0;
        }
        int col = 0;
        for (String dep : dependencies(name)) {
            col = Math.max(col, column(dep, visiting) + 1);
        }
        visiting.remove(name);
        column.put(name, col);
        return col;
    }

    private List<String> dependencies(String name) {
        return services.get(name).dependsOn().keySet().stream().filter(services::containsKey).sorted().toList();
    }
}
