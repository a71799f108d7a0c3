package dev.berth.ui;

import dev.berth.ui.list.ServiceListPane;
import dev.berth.ui.list.ServiceListViewModel;
import dev.berth.ui.search.SearchBar;
import dev.berth.ui.search.SearchViewModel;
import dev.berth.ui.topology.TopologyPane;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;

/**
 * What a large project needs around the drawing: the search bar over it, the service list beside
 * it (shown or folded), focus mode, and the "last good version" mark while the file has problems.
 */
final class FindAndList {
    static final double LIST_WIDTH = 600;
    private final SearchBar bar;
    private final ServiceListPane list;
    private final SplitPane split;
    private final BooleanProperty listShown = new SimpleBooleanProperty(false);
    private final TopologyPane topology;
    private final MainViewModel vm;

    /** {@code graph} is the drawing with what sits under it (logs); the list goes to its right. */
    FindAndList(MainViewModel vm, TopologyPane topology, Node graph) {
        this.vm = vm;
        this.topology = topology;
        SearchViewModel search = vm.search();
        bar = new SearchBar(search, topology::centreOn);
        list = new ServiceListPane(new ServiceListViewModel(vm.topology(), search), topology::centreOn);
        javafx.scene.control.ToggleButton listToggle = new javafx.scene.control.ToggleButton("Service list");
        listToggle.setId("list-toggle");
        listToggle.setTooltip(new javafx.scene.control.Tooltip("Show or fold the sortable list of services (Ctrl+5)"));
        listToggle.selectedProperty().bindBidirectional(listShown);
        listToggle.setFocusTraversable(false);
        bar.getChildren().add(1, listToggle);
        split = new SplitPane(graph);
        split.setId("graph-and-list");
        SplitPane.setResizableWithParent(list, false);
        listShown.addListener((o, a, on) -> placeList(on));
        search.shownProperty().addListener((o, a, ids) -> topology.highlight(ids, bar.hideOthersProperty().get()));
        bar.hideOthersProperty().addListener((o, a, hide) -> topology.highlight(search.shownProperty().get(), hide));
        // what was asked for comes into view; a state change that alters the matches does not move the view
        search.textProperty().addListener((o, a, t) -> fitToMatches());
        search.focusProperty().addListener((o, a, f) -> fitToMatches());
        vm.project().problems().addListener((ListChangeListener<dev.berth.compose.load.Problem>) c -> stale());
        vm.topology().topologyProperty().addListener((o, a, t) -> stale());
    }

    private void placeList(boolean on) {
        if (on && !split.getItems().contains(list)) {
            split.getItems().add(list);
            double w = split.getWidth();
            split.setDividerPositions(w > 0 ? 1 - Math.min(LIST_WIDTH, w / 2) / w : 0.65);
        } else if (!on) {
            split.getItems().remove(list);
        }
        topology.fitSoon();
    }

    private void fitToMatches() {
        var ids = vm.search().shownProperty().get();
        if (ids != null && !ids.isEmpty()) {
            topology.fitTo(ids);
        }
    }

    /** Marks the drawing as the last good version while a reload found problems. */
    private void stale() {
        int n = vm.project().problems().size();
        boolean drawn = !vm.topology().topologyProperty().get().nodes().isEmpty();
        topology.stale(n == 0 || !drawn ? null : "Last good version: the file has " + n + " problem"
                + (n == 1 ? "" : "s") + " (see Problems); the drawing follows again once it loads");
    }

    /** Focus mode on the selected service, or off when it is already in focus (or nothing is selected). */
    void toggleFocus() {
        String s = vm.topology().selectedService();
        vm.search().focusOn(s == null || s.equals(vm.search().focusProperty().get()) ? null : s);
    }

    void find() {
        bar.begin();
    }

    Node bar() {
        return bar;
    }

    /** The drawing (with the logs under it) and, when shown, the service list. */
    Node area() {
        VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        return split;
    }

    BooleanProperty listShownProperty() {
        return listShown;
    }

    ServiceListPane list() {
        return list;
    }

    SearchBar searchBar() {
        return bar;
    }
}
