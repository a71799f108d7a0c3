package dev.berth.graph;

import dev.berth.compose.model.DependsOn.Condition;
import java.util.Comparator;
import java.util.Objects;

/**
 * {@code from} needs {@code to} before it can start. Edges other than depends_on behave like
 * {@code condition: service_started, required: true}: the container they point at must exist.
 */
public record Edge(String from, String to, EdgeKind kind, Condition condition, boolean required, boolean restart) {

    /** Sorts edges by their text, so every listing is deterministic. */
    public static final Comparator<Edge> ORDER = Comparator.comparing(Edge::from)
            .thenComparing(Edge::to)
            .thenComparing(Edge::kind)
            .thenComparing(Edge::condition)
            .thenComparing(Edge::required)
            .thenComparing(Edge::restart);

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(condition, "condition");
    }

    /** An edge that only needs the other container to be started (links, network_mode, ...). */
    public static Edge implicit(String from, String to, EdgeKind kind) {
        return new Edge(from, to, kind, Condition.SERVICE_STARTED, true, false);
    }

    /** The label shown on exported graphs: the condition for depends_on, else the attribute. */
    public String label() {
        if (kind != EdgeKind.DEPENDS_ON) {
            return kind.composeName();
        }
        return condition.composeName() + (restart ? ", restart" : "");
    }
}
