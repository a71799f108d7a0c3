package dev.berth.ui.list;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.ui.search.SearchViewModel;
import dev.berth.ui.topology.GraphNode;
import dev.berth.ui.topology.ServiceStatus;
import dev.berth.ui.topology.TopologyViewModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The services as rows, in step with the drawing: one row per service on or off, a status change
 * replaces only its row, and an active search keeps only the matches.
 */
public final class ServiceListViewModel {
    private final TopologyViewModel topology;
    private final ObservableList<ServiceRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ServiceRow> shown = new FilteredList<>(rows);
    private final Map<String, Integer> index = new HashMap<>();
    private Project project;

    public ServiceListViewModel(TopologyViewModel topology, SearchViewModel search) {
        this.topology = topology;
        topology.topologyProperty().addListener((o, a, t) -> {
            if (topology.project() != project) {
                project = topology.project();
                rebuild();
            }
        });
        topology.statuses().addListener((MapChangeListener<String, ServiceStatus>) c -> {
            Integer i = c.wasAdded() ? index.get(c.getKey()) : null;
            if (i != null) {
                rows.set(i, rows.get(i).withStatus(c.getValueAdded()));
            }
        });
        search.shownProperty().addListener((o, a, ids) -> filter(ids));
    }

    /** Keeps the rows whose box stays in view; null keeps all. */
    private void filter(Set<String> nodeIds) {
        shown.setPredicate(nodeIds == null ? null : r -> nodeIds.contains(r.id()));
    }

    private void rebuild() {
        index.clear();
        if (project == null) {
            rows.clear();
            return;
        }
        Map<String, Service> all = new TreeMap<>(project.services());
        project.disabledServices().forEach(all::putIfAbsent);
        List<ServiceRow> next = new ArrayList<>();
        for (Service s : all.values()) {
            String id = GraphNode.idOf(GraphNode.Kind.SERVICE, s.name());
            index.put(id, next.size());
            next.add(ServiceRow.of(project, s, topology.statuses().get(id)));
        }
        rows.setAll(next);
    }

    /** The rows a search leaves (all without one). */
    public ObservableList<ServiceRow> rows() {
        return shown;
    }

    public TopologyViewModel topology() {
        return topology;
    }
}
