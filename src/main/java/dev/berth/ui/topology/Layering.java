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
 * Assigns each connected service a column (the length of its longest dependency chain), gives a
 * depends_on line that skips columns a free slot in each column it crosses (so it passes between
 * boxes, never through one), and orders each column by the mean row of what feeds it, names
 * breaking ties: few crossings, and deterministic. Services with no depends_on either way are kept
 * apart ({@link #isolated()}): they are drawn side by side, not stacked as if they were a chain.
 */
final class Layering {
    /** A place in a column: a service, or the slot a long line passes through ({@code edgeId} set). */
    record Slot(String name, String edgeId) {
        boolean passage() {
            return edgeId != null;
        }
    }

    private final Map<String, Service> services;
    private final Map<String, Integer> column = new HashMap<>();
    private final List<List<Slot>> columns = new ArrayList<>();
    private final List<String> isolated = new ArrayList<>();
    private final Map<Slot, List<Slot>> feeders = new HashMap<>();

    Layering(Map<String, Service> sortedServices) {
        this.services = sortedServices;
        Set<String> connected = new HashSet<>();
        for (String name : services.keySet()) {
            List<String> deps = dependencies(name);
            if (!deps.isEmpty()) {
                connected.add(name);
                connected.addAll(deps);
            }
        }
        for (String name : services.keySet()) {
            if (connected.contains(name)) {
                slotOf(column(name, new HashSet<>())).add(new Slot(name, null));
            } else {
                isolated.add(name);
            }
        }
        addPassages();
        order();
    }

    List<List<Slot>> columns() {
        return columns;
    }

    List<String> isolated() {
        return isolated;
    }

    private List<Slot> slotOf(int col) {
        while (columns.size() <= col) {
            columns.add(new ArrayList<>());
        }
        return columns.get(col);
    }

    /** One passage slot per column a long line crosses; each slot is fed by the one before it. */
    private void addPassages() {
        for (String name : services.keySet()) {
            Slot dependant = new Slot(name, null);
            for (String dep : dependencies(name)) {
                Integer from = column.get(dep);
                Integer to = column.get(name);
                Slot previous = new Slot(dep, null);
                for (int c = from + 1; c < to; c++) {
                    Slot passage = new Slot(dep + ">" + name + "@" + c, Edges.id(dep, name));
                    slotOf(c).add(passage);
                    feeders.put(passage, List.of(previous));
                    previous = passage;
                }
                feeders.computeIfAbsent(dependant, k -> new ArrayList<>()).add(previous);
            }
        }
    }

    private void order() {
        Map<Slot, Integer> rowOf = new HashMap<>();
        for (List<Slot> col : columns) {
            col.sort(Comparator.comparingDouble((Slot s) -> meanRow(s, rowOf)).thenComparing(Slot::name));
            for (int i = 0; i < col.size(); i++) {
                rowOf.put(col.get(i), i);
            }
        }
    }

    private double meanRow(Slot slot, Map<Slot, Integer> rowOf) {
        return feeders.getOrDefault(slot, List.of()).stream().filter(rowOf::containsKey)
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
        return services.get(name).dependsOn().keySet().stream()
                .filter(d -> services.containsKey(d) && !d.equals(name)).sorted().toList();
    }
}
