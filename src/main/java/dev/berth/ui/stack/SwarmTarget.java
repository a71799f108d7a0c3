package dev.berth.ui.stack;

import dev.berth.compose.model.Project;
import dev.berth.stack.StackEngine;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The main window's target switch: this engine with Compose (the drawing) or the Swarm (the stack of the open
 * project, named after it, in the drawing's place). Gives the switch for the tool bar and a Swarm menu, whose items
 * the command palette lists too; the Swarm verbs are enabled while the Swarm is the target.
 */
public final class SwarmTarget {
    private final SplitPane centre;
    private final Node drawing;
    private final Supplier<Project> project;
    private final ToggleButton compose = new ToggleButton("Compose");
    private final ToggleButton swarm = new ToggleButton("Swarm");
    private final StackViewModel vm;
    private final SwarmActions actions;
    private final StackPane pane;

    public SwarmTarget(SplitPane centre, Node drawing, Supplier<Project> project, Supplier<StackEngine> connect,
                       Supplier<Window> owner) {
        this.centre = centre;
        this.drawing = drawing;
        this.project = project;
        ScheduledExecutorService background = Executors.newScheduledThreadPool(2,
                r -> Thread.ofPlatform().daemon().name("berth-swarm-work").unstarted(r));
        vm = new StackViewModel(connect, background, Platform::runLater);
        actions = new SwarmActions(vm, project, owner);
        pane = new StackPane(vm, actions);
        ToggleGroup group = new ToggleGroup();
        compose.setToggleGroup(group);
        swarm.setToggleGroup(group);
        compose.setSelected(true);
        compose.setId("target-compose");
        swarm.setId("target-swarm");
        compose.setFocusTraversable(false);
        swarm.setFocusTraversable(false);
        centre.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o2, w0, window) -> {
                    if (window != null) { // a closed window stops following the Swarm and ends its threads
                        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
                            vm.stop();
                            background.shutdownNow();
                        });
                    }
                });
            }
        });
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one target is always chosen
            } else {
                show(now == swarm);
            }
        });
    }

    private void show(boolean onSwarm) {
        int at = centre.getItems().indexOf(onSwarm ? drawing : pane);
        if (at >= 0) {
            centre.getItems().set(at, onSwarm ? pane : drawing);
        }
        if (onSwarm) {
            follow();
        } else {
            vm.stop();
        }
    }

    /** Follows the stack named after the open project (the name `berth stack deploy` would be given). */
    private void follow() {
        Project p = project.get();
        if (p != null && !p.name().equals(vm.namespace())) {
            vm.selected().set(null);
        }
        if (p != null) {
            vm.follow(p.name(), SwarmActions.POLL_MILLIS);
        }
    }

    /** The switch, for the tool bar. */
    public Node switcher() {
        Label label = new Label("Target");
        HBox box = new HBox(4, label, compose, swarm);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setId("target-switch");
        return box;
    }

    public Menu menu() {
        BooleanBinding off = swarm.selectedProperty().not();
        Menu menu = new Menu("S_warm", null,
                item("Target: Compose (this engine)", () -> compose.setSelected(true), null),
                item("Target: Swarm", () -> swarm.setSelected(true), null),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Deploy to the Swarm…", actions::deploy, off),
                item("Scale service…", actions::scale, off),
                item("Update service image…", actions::image, off),
                item("Roll back service", actions::rollback, off),
                item("Remove stack…", actions::remove, off));
        menu.setId("swarm-menu");
        return menu;
    }

    private static MenuItem item(String text, Runnable action, BooleanBinding disabled) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }

    public boolean onSwarm() {
        return swarm.isSelected();
    }

    public StackViewModel viewModel() {
        return vm;
    }
}
