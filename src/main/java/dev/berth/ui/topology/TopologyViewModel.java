package dev.berth.ui.topology;

import dev.berth.compose.model.Project;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * What the drawing shows: the layout of the open project with the boxes the person dragged put
 * where they left them, the live status of each service and gate, and the selected box. The layout
 * is made on the load's worker ({@link #prepare}) or on {@code background} (200 services take tens of
 * milliseconds) and lands on {@code ui};
 * a layout overtaken by a newer load is dropped.
 */
public final class TopologyViewModel {
    private final TopologyLayout layout = new TopologyLayout();
    private final PositionStore store;
    private final ReadOnlyObjectWrapper<Topology> topology = new ReadOnlyObjectWrapper<>(Topology.EMPTY);
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();
    private final ObservableMap<String, ServiceStatus> statuses = FXCollections.observableHashMap();
    private final ObservableMap<String, Gate> gates = FXCollections.observableHashMap();
    private Map<String, double[]> moved = new HashMap<>();
    private final Executor background;
    private final Executor ui;
    private long generation;
    private Path projectFile;
    private Project project;
    private static final int PREPARED = 8;
    /** Layouts made on workers, newest last: the load's own, and the profile ticks loaded ahead. */
    private final java.util.Deque<Prepared> prepared = new java.util.ArrayDeque<>();

    /** Lays out on the calling thread (tests, tools). */
    public TopologyViewModel(PositionStore store) {
        this(store, Runnable::run, Runnable::run);
    }

    public TopologyViewModel(PositionStore store, Executor background, Executor ui) {
        this.store = store;
        this.background = background;
        this.ui = ui;
    }

    /**
     * Lays {@code p} out on the calling thread (a worker: the load's own), for {@link #show} to use when it is
     * given this very project; the last {@value #PREPARED} prepared are kept, and a project already prepared is not
     * laid out again.
     */
    public void prepare(Project p) {
        if (preparedFor(p) != null) {
            return;
        }
        Prepared made = new Prepared(p, layout.layout(p));
        synchronized (prepared) {
            prepared.addLast(made);
            while (prepared.size() > PREPARED) {
                prepared.removeFirst();
            }
        }
    }

    private Prepared preparedFor(Project p) {
        synchronized (prepared) {
            return prepared.stream().filter(x -> x.project() == p).findFirst().orElse(null);
        }
    }

    private record Prepared(Project project, Topology topology) {}

    /** On the UI thread: lays {@code p} out off it (unless it was prepared), then shows it (with the project) on it. */
    public void show(Project p) {
        Path file = p.configFiles().isEmpty() ? null : p.configFiles().getFirst();
        if (file != null && !file.equals(projectFile)) {
            moved = store.load(file);
        }
        projectFile = file;
        Prepared ready = preparedFor(p);
        if (ready != null) {
            ++generation; // a layout still under way for an older load is dropped
            landed(p, withMoves(ready.topology(), Map.copyOf(moved)));
        } else {
            laidOut(p, Map.copyOf(moved));
        }
    }

    private void landed(Project p, Topology t) {
        project = p;
        topology.set(t);
        if (selected.get() != null && t.node(selected.get()).isEmpty()) {
            selected.set(null);
        }
    }

    private void laidOut(Project p, Map<String, double[]> moves) {
        long mine = ++generation;
        background.execute(() -> {
            Topology t = withMoves(layout.layout(p), moves);
            ui.execute(() -> {
                if (mine == generation) {
                    landed(p, t);
                }
            });
        });
    }

    private static Topology withMoves(Topology t, Map<String, double[]> moved) {
        List<GraphNode> nodes = t.nodes().stream().map(n -> {
            double[] xy = moved.get(n.id());
            return xy == null ? n : n.at(xy[0], xy[1]);
        }).toList();
        double w = Math.max(t.width(), nodes.stream().mapToDouble(n -> n.x() + n.width() + 40).max().orElse(0));
        double h = Math.max(t.height(), nodes.stream().mapToDouble(n -> n.y() + n.height() + 40).max().orElse(0));
        return new Topology(nodes, t.edges(), w, h);
    }

    public void moveNode(String id, double x, double y) {
        moved.put(id, new double[] {x, y});
        if (projectFile != null) {
            store.save(projectFile, moved);
        }
    }

    /** Drops the dragged positions and lays the project out afresh. */
    public void resetPositions() {
        moved = new HashMap<>();
        if (projectFile != null) {
            store.forget(projectFile);
        }
        if (project != null) {
            laidOut(project, Map.of());
        }
    }

    public void select(String id) {
        selected.set(id);
    }

    /** The selected service's name, or null when nothing or a network/volume is selected. */
    public String selectedService() {
        String id = selected.get();
        return id != null && id.startsWith("service-") ? id.substring("service-".length()) : null;
    }

    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableMap<String, ServiceStatus> statuses() {
        return statuses;
    }

    public ObservableMap<String, Gate> gates() {
        return gates;
    }

    public Project project() {
        return project;
    }
}
