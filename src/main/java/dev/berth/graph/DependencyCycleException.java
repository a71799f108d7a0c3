package dev.berth.graph;

import java.util.List;

/** Services that need each other in a loop; the message reads like Compose's. */
public final class DependencyCycleException extends IllegalStateException {
    private final List<String> cycle;

    public DependencyCycleException(List<String> cycle) {
        super("dependency cycle detected: " + String.join(" -> ", cycle));
        this.cycle = List.copyOf(cycle);
    }

    /** The closed path, first name repeated at the end: {@code [a, b, a]}. */
    public List<String> cycle() {
        return cycle;
    }
}
