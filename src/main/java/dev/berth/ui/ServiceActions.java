package dev.berth.ui;

import dev.berth.compose.model.Project;
import dev.berth.ui.topology.GraphNode;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * What can be done to one service, as one list: the context menu of a box in the drawing and of a row in
 * the service list, and the Service menu, which acts on the selected service with a key for each action
 * (and so is in the command palette). Alt+Shift is this family's modifier: Ctrl+Alt belongs to Insight.
 */
final class ServiceActions {
    /** One action: its words before the service's name, its key, and what it does to a service. */
    record Action(String id, String verb, String keys, BiConsumer<Project, String> run) {
        String label(String service) {
            return verb.replace("%s", service);
        }
    }

    private final MainViewModel vm;
    private final MainPane main;
    private final List<Action> actions;

    ServiceActions(MainViewModel vm, MainPane main) {
        this.vm = vm;
        this.main = main;
        this.actions = List.of(
                new Action("up", "Up %s", "Alt+Shift+U", (p, s) -> vm.run().up(p, List.of(s))),
                new Action("start", "Start %s", "Alt+Shift+S", (p, s) -> vm.run().start(p, List.of(s))),
                new Action("stop", "Stop %s", "Alt+Shift+T", (p, s) -> vm.run().stop(p, List.of(s))),
                new Action("restart", "Restart %s", "Alt+Shift+R", (p, s) -> vm.run().restart(p, List.of(s))),
                new Action("logs", "Show only the logs of %s", "Alt+Shift+L", (p, s) -> logs(s)),
                new Action("inspect", "Inspect %s", "Alt+Shift+I", (p, s) -> inspect(s)),
                new Action("focus", "Focus on %s", "Alt+Shift+F", (p, s) -> focus(s)));
    }

    List<Action> actions() {
        return actions;
    }

    private void logs(String service) {
        vm.logs().choose(Set.of(service));
        main.panes().bottomShownProperty().set(true);
        main.bottomTabs().getSelectionModel().select(0);
    }

    private void inspect(String service) {
        vm.topology().select(GraphNode.idOf(GraphNode.Kind.SERVICE, service));
        main.panes().rightShownProperty().set(true);
    }

    private void focus(String service) {
        vm.topology().select(GraphNode.idOf(GraphNode.Kind.SERVICE, service));
        main.find().toggleFocus();
    }

    /** The context menu of a service's box; none for networks, volumes and services off by profile. */
    ContextMenu menu(GraphNode node) {
        if (node.kind() != GraphNode.Kind.SERVICE || node.ghost()) {
            return null;
        }
        return menu(node.name());
    }

    /** The context menu for a service by name, or null when no project is loaded. */
    ContextMenu menu(String service) {
        Project p = vm.project().project();
        if (p == null || service == null) {
            return null;
        }
        ContextMenu menu = new ContextMenu();
        for (Action a : actions) {
            MenuItem item = new MenuItem(a.label(service));
            item.setId("service-menu-" + a.id());
            // no accelerator here: a menu shown once would keep its keys acting on this service
            item.setOnAction(e -> a.run().accept(p, service));
            menu.getItems().add(item);
        }
        menu.setId("service-menu");
        return menu;
    }

    /**
     * The list's rows get the same menu, by mouse or by keyboard (the Menu key or Shift+F10 open it
     * for the selected row, under it).
     */
    void attach(dev.berth.ui.list.ServiceListPane list) {
        ContextMenu[] shown = {null};
        Runnable open = () -> {
            var row = list.getSelectionModel().getSelectedItem();
            if ((shown[0] == null || !shown[0].isShowing()) && row != null) {
                shown[0] = menu(row.name());
                Node anchor = rowCell(list, list.getSelectionModel().getSelectedIndex());
                if (shown[0] != null) {
                    javafx.geometry.Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
                    shown[0].show(anchor, b.getMinX() + 24, b.getMaxY());
                }
            }
        };
        list.setOnContextMenuRequested(e -> {
            open.run();
            e.consume();
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {   // before the table's own keys
            if (contextKey(e)) {
                open.run();
                e.consume();
            }
        });
    }

    /** The Menu key, or Shift+F10: what opens a context menu from the keyboard. */
    static boolean contextKey(KeyEvent e) {
        return e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown();
    }

    private static Node rowCell(Node list, int index) {
        return list.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.IndexedCell<?> c && c.getIndex() == index)
                .findFirst().orElse(list);
    }

    /** The menu bar's Service menu: each action on the selected service, named after it, off when none is. */
    Menu serviceMenu() {
        Menu menu = new Menu("_Service");
        menu.setId("service-actions-menu");
        for (Action a : actions) {
            MenuItem item = new MenuItem();
            item.setId("selected-" + a.id());
            item.setAccelerator(KeyCombination.keyCombination(a.keys()));
            item.setOnAction(e -> {
                String s = vm.topology().selectedService();
                Project p = vm.project().project();
                if (s != null && p != null && p.services().containsKey(s)) {
                    a.run().accept(p, s);
                }
            });
            menu.getItems().add(item);
        }
        name(menu, vm.topology().selectedService());
        vm.topology().selectedProperty().addListener((o, before, id) -> name(menu, vm.topology().selectedService()));
        vm.project().loadedProperty().addListener((o, before, r) -> name(menu, vm.topology().selectedService()));
        return menu;
    }

    private void name(Menu menu, String service) {
        Project p = vm.project().project();
        boolean on = service != null && p != null && p.services().containsKey(service);
        for (int i = 0; i < actions.size(); i++) {
            MenuItem item = menu.getItems().get(i);
            item.setText(actions.get(i).label(on ? service : "the selected service"));
            item.setDisable(!on);
        }
    }
}
