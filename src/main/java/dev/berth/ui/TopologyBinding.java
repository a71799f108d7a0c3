package dev.berth.ui;

import dev.berth.ui.topology.Gate;
import dev.berth.ui.topology.ServiceStatus;
import dev.berth.ui.topology.Topology;
import dev.berth.ui.topology.TopologyPane;
import dev.berth.ui.topology.TopologyViewModel;
import javafx.collections.MapChangeListener;

/** Keeps the drawing in step with its view model: layout, statuses, gates, selection, drags. */
final class TopologyBinding {
    private TopologyBinding() {}

    static void bind(TopologyPane pane, TopologyViewModel vm) {
        vm.topologyProperty().addListener((o, before, t) -> {
            boolean newProject = before == null || before.nodes().isEmpty() || !sameNodes(before, t);
            pane.show(t);
            vm.statuses().forEach(pane::showStatus);
            vm.gates().forEach(pane::showGate);
            pane.select(vm.selectedProperty().get());
            if (newProject) {
                pane.fitSoon();
            }
        });
        vm.statuses().addListener((MapChangeListener<String, ServiceStatus>) c -> {
            if (c.wasAdded()) {
                pane.showStatus(c.getKey(), c.getValueAdded());
            }
        });
        vm.gates().addListener((MapChangeListener<String, Gate>) c -> {
            if (c.wasAdded()) {
                pane.showGate(c.getKey(), c.getValueAdded());
            }
        });
        vm.selectedProperty().addListener((o, a, id) -> pane.select(id));
        pane.setOnNodeSelected(vm::select);
        pane.setOnNodeMoved((id, p) -> vm.moveNode(id, p.getX(), p.getY()));
    }

    /** Same services (a profile tick or a reload): the view stays; a volume only a profiled service uses may come and go. */
    private static boolean sameNodes(Topology a, Topology b) {
        return serviceIds(a).equals(serviceIds(b));
    }

    private static java.util.List<String> serviceIds(Topology t) {
        return t.nodes().stream().filter(n -> n.kind() == dev.berth.ui.topology.GraphNode.Kind.SERVICE)
                .map(n -> n.id()).toList();
    }
}
