package dev.berth.ui.inspector;

import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.SourceMap;
import dev.berth.compose.model.Mount;
import dev.berth.compose.model.Network;
import dev.berth.compose.model.PortMapping;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the inspector shows for the selected box: the merged configuration with each value's file
 * and line, the effective environment with secrets masked, ports (as links), mounts, networks and
 * the health log. Nothing secret leaves this class unmasked.
 */
public final class InspectorViewModel {
    private final Map<String, String> environment;
    private final Function<String, String> health;
    private final ObservableList<InspectorRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Select a service");
    private final Map<String, String> runLines = new java.util.HashMap<>();
    private java.util.function.BiConsumer<String, java.util.function.Consumer<String>> dockerRun = (s, then) -> { };
    private LoadResult loaded;
    private String nodeId;

    /** {@code health} gives the live health text of a service (state, last probe output). */
    public InspectorViewModel(Map<String, String> environment, Function<String, String> health) {
        this.environment = Map.copyOf(environment);
        this.health = health;
    }

    /** Where the {@code docker run} line of a service comes from (asked off the UI thread, answered on it). */
    public void setDockerRun(java.util.function.BiConsumer<String, java.util.function.Consumer<String>> source) {
        dockerRun = source;
    }

    public void setLoaded(LoadResult result) {
        loaded = result;
        runLines.clear();
        inspect(nodeId);
    }

    /**
     * Shows the box {@code id} (null: the project). The rows change only when they differ: a reload
     * (a profile ticked) or a state change that leaves them as they were rebuilds no panes.
     */
    public void inspect(String id) {
        nodeId = id;
        ObservableList<InspectorRow> next = FXCollections.observableArrayList();
        fill(id, next);
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
    }

    /** {@code rows}: a scratch list, no one listens to it. */
    private void fill(String id, ObservableList<InspectorRow> rows) {
        if (loaded == null) {
            title.set("Select a service");
            return;
        }
        Project p = loaded.project();
        SecretMask mask = SecretMask.of(p, environment);
        if (id == null) {
            title.set("Project " + p.name());
            rows.setAll(ComposeAdds.rows(p));
            return;
        }
        String name = id.substring(id.indexOf('-') + 1);
        if (id.startsWith("service-")) {
            Service s = p.services().getOrDefault(name, p.disabledServices().get(name));
            if (s != null) {
                title.set("Service " + name + (p.services().containsKey(name) ? "" : " (profile off)"));
                rows.setAll(serviceRows(p, s, loaded.sourceMap(), mask));
                if (p.services().containsKey(name)) {
                    addRunLine(name, id, mask, rows);
                }
            }
        } else if (id.startsWith("network-") && p.networks().get(name) != null) {
            Network n = p.networks().get(name);
            title.set("Network " + name);
            rows.setAll(ConfigRows.of("networks." + name, treeOf(p, "networks", name), loaded.sourceMap(), mask));
            rows.add(0, new InspectorRow("Network", "engine name", n.name(), "", null));
        } else if (id.startsWith("volume-") && p.volumes().get(name) != null) {
            Volume v = p.volumes().get(name);
            title.set("Volume " + name);
            rows.setAll(ConfigRows.of("volumes." + name, treeOf(p, "volumes", name), loaded.sourceMap(), mask));
            rows.add(0, new InspectorRow("Volume", "engine name", v.name(), "", null));
        }
    }

    /** The service's docker run line, first in the list: from the cache, else asked for and shown when it comes. */
    private void addRunLine(String service, String id, SecretMask mask, List<InspectorRow> rows) {
        String line = runLines.get(service);
        if (line != null) {
            rows.add(0, new InspectorRow("Docker", "docker run", mask.hideInside(line), "", null));
            return;
        }
        dockerRun.accept(service, answer -> {
            if (answer != null && !answer.isEmpty()) {
                runLines.put(service, answer);
                if (id.equals(nodeId)) {
                    inspect(nodeId);
                }
            }
        });
    }

    /** Refreshes the live parts (health) of the selected service. */
    public void refresh() {
        inspect(nodeId);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> treeOf(Project p, String section, String name) {
        Object s = p.tree().get(section);
        Object v = s instanceof Map<?, ?> m ? m.get(name) : null;
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    List<InspectorRow> serviceRows(Project p, Service s, SourceMap sources, SecretMask mask) {
        List<InspectorRow> out = new ArrayList<>();
        String prefix = "services." + s.name();
        String h = health.apply(s.name());
        if (h != null && !h.isEmpty()) {
            out.add(new InspectorRow("Health", "now", mask.hideInside(h), "", null));
        }
        if (s.healthcheck() != null && !s.healthcheck().test().isEmpty()) {
            out.add(new InspectorRow("Health", "test", mask.hideInside(String.join(" ", s.healthcheck().test())),
                    ConfigRows.where(sources == null ? null : sources.find(prefix + ".healthcheck.test")), null));
        }
        new TreeMap<>(s.environment()).forEach((k, v) -> out.add(new InspectorRow("Environment", k, mask.show(k, v),
                ConfigRows.where(sources == null ? null : sources.find(prefix + ".environment." + k)), null)));
        for (PortMapping port : s.ports()) {
            boolean published = port.published() != null && !port.published().isEmpty();
            String host = port.hostIp() == null || port.hostIp().isEmpty() || port.hostIp().equals("0.0.0.0") ? "localhost" : port.hostIp();
            String first = published ? port.published().split("-")[0] : null;
            out.add(new InspectorRow("Ports", published ? host + ":" + port.published() : "not published",
                    port.target() + "/" + (port.protocol() == null ? "tcp" : port.protocol()), "",
                    published && !"udp".equals(port.protocol()) ? "http://" + host + ":" + first + "/" : null));
        }
        for (Mount m : s.volumes()) {
            out.add(new InspectorRow("Mounts", m.target(), m.type() + " " + (m.source() == null ? "(anonymous)" : m.source())
                    + (m.readOnly() ? " (read-only)" : ""), "", null));
        }
        new TreeMap<>(s.networks()).forEach((n, sn) -> out.add(new InspectorRow("Networks", n,
                sn == null || sn.aliases().isEmpty() ? "" : "aliases " + String.join(", ", sn.aliases()), "", null)));
        Map<String, Object> tree = s.tree().isEmpty() ? treeOf(p, "services", s.name()) : s.tree();
        out.addAll(ConfigRows.of(prefix, tree, sources, mask));
        return out;
    }

    public ObservableList<InspectorRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
