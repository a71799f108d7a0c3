package dev.berth.ui.search;

import dev.berth.compose.model.Project;
import dev.berth.ui.topology.GraphNode;
import dev.berth.ui.topology.ServiceStatus;
import dev.berth.ui.topology.TopologyViewModel;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;

/**
 * The search and focus of the drawing: what is typed, which service is in focus, and from those
 * the services (and the networks and volumes they use) that stay in full view. The view decides
 * whether the rest is dimmed or hidden; {@link #jump()} walks the matches one by one.
 */
public final class SearchViewModel {
    private final TopologyViewModel topology;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper focus = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Set<String>> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> matches = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Project project;
    private Neighbourhood around;
    private List<ServiceFacts> facts = List.of();
    private ServiceQuery query = ServiceQuery.ALL;
    private int jumped = -1;

    public SearchViewModel(TopologyViewModel topology) {
        this.topology = topology;
        text.addListener((o, a, t) -> {
            query = ServiceQuery.parse(t);
            jumped = -1;
            update();
        });
        topology.topologyProperty().addListener((o, a, t) -> projectChanged());
        topology.statuses().addListener((MapChangeListener<String, ServiceStatus>) c -> {
            if (c.wasAdded() && query.asksState()) {
                update();
            }
        });
    }

    private void projectChanged() {
        Project p = topology.project();
        if (p != project) {
            project = p;
            around = p == null ? null : new Neighbourhood(p);
            boolean known = p != null && focus.get() != null
                    && (p.services().containsKey(focus.get()) || p.disabledServices().containsKey(focus.get()));
            if (!known) {
                focus.set(null);
            }
            update();
        }
    }

    private void update() {
        if (project == null) {
            shown.set(null);
            matches.set(List.of());
            summary.set("");
            return;
        }
        facts = ServiceFacts.of(project, this::stateWord);
        Search search = new Search(query, focus.get());
        Set<String> services = search.shown(facts, around);
        matches.set(services == null ? List.of() : List.copyOf(services));
        shown.set(services == null ? null : nodeIds(services));
        summary.set(summaryText(services));
    }

    private String stateWord(String service) {
        ServiceStatus s = topology.statuses().get(GraphNode.idOf(GraphNode.Kind.SERVICE, service));
        return (s == null ? ServiceStatus.UNKNOWN : s).state().word();
    }

    /** The services' boxes and the networks and volumes any of them uses. */
    private Set<String> nodeIds(Set<String> services) {
        Set<String> ids = new TreeSet<>();
        for (ServiceFacts f : facts) {
            if (services.contains(f.name())) {
                ids.add(GraphNode.idOf(GraphNode.Kind.SERVICE, f.name()));
                f.networks().forEach(n -> ids.add(GraphNode.idOf(GraphNode.Kind.NETWORK, n)));
                f.volumes().forEach(v -> ids.add(GraphNode.idOf(GraphNode.Kind.VOLUME, v)));
            }
        }
        return ids;
    }

    private String summaryText(Set<String> services) {
        String problem = query.problem().orElse("");
        if (services == null) {
            return problem;
        }
        String found = services.size() + " of " + facts.size() + " services";
        return problem.isEmpty() ? found : found + " — " + problem;
    }

    /** Keeps one service with its dependencies and dependants in view; null ends focus mode. */
    public void focusOn(String service) {
        focus.set(service);
        jumped = -1;
        update();
    }

    /** The next match after the last jump (wrapping), selected in the drawing; null when nothing matches. */
    public String jump() {
        List<String> m = matches.get();
        if (m.isEmpty()) {
            return null;
        }
        jumped = (jumped + 1) % m.size();
        String id = GraphNode.idOf(GraphNode.Kind.SERVICE, m.get(jumped));
        topology.select(id);
        return id;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** Node ids to keep in full view, or null when no search or focus is active. */
    public ReadOnlyObjectProperty<Set<String>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Names of the services that match, sorted; empty when no search is active. */
    public ReadOnlyObjectProperty<List<String>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** "12 of 200 services", and why part of the query was ignored. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
