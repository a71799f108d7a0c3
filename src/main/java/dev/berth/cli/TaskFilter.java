package dev.berth.cli;

import dev.berth.stack.StackViews.TaskRow;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * {@code stack ps --filter}: desired-state (running, shutdown, accepted), id (a prefix), name (a prefix of the task's
 * name) and node (its host name); values of one key are alternatives, keys must all hold, as the docker CLI's.
 */
final class TaskFilter {
    private TaskFilter() {}

    static Predicate<TaskRow> of(List<String> filters) {
        Map<String, List<String>> byKey = new TreeMap<>();
        for (String f : filters) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("bad format of filter (expected name=value): " + f);
            }
            byKey.computeIfAbsent(f.substring(0, eq), k -> new java.util.ArrayList<>()).add(f.substring(eq + 1));
        }
        Predicate<TaskRow> all = t -> true;
        for (var e : byKey.entrySet()) {
            all = all.and(key(e.getKey(), e.getValue()));
        }
        return all;
    }

    private static Predicate<TaskRow> key(String key, List<String> values) {
        return switch (key) {
            case "desired-state" -> {
                values.stream().filter(v -> !List.of("running", "shutdown", "accepted").contains(v)).findFirst().ifPresent(v -> {
                    throw new IllegalArgumentException("invalid filter 'desired-state=" + v + "'");
                });
                yield t -> values.contains(t.desiredState());
            }
            case "id" -> t -> values.stream().anyMatch(v -> t.id().startsWith(v));
            case "name" -> t -> values.stream().anyMatch(v -> t.name().startsWith(v));
            case "node" -> t -> values.contains(t.node());
            default -> throw new IllegalArgumentException("invalid filter '" + key + "'");
        };
    }
}
