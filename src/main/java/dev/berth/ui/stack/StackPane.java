package dev.berth.ui.stack;

import dev.berth.stack.StackViews.NodeRow;
import dev.berth.stack.StackViews.ServiceRow;
import dev.berth.stack.StackViews.StackState;
import dev.berth.stack.StackViews.TaskRow;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Swarm target: each service of the stack as a card with running/desired replicas and its update state, its
 * current tasks grouped by node, each task a chip coloured by state (running, starting, preparing, failed...).
 * Text sizes stay readable on a projector (18 px and more).
 */
public final class StackPane extends VBox {
    private final VBox services = new VBox(14);
    private final Label status = new Label();

    public StackPane(StackViewModel vm, String namespace) {
        setId("stack-pane");
        setSpacing(12);
        setPadding(new Insets(16));
        ToggleGroup target = new ToggleGroup();
        ToggleButton compose = new ToggleButton("Compose (this engine)");
        ToggleButton swarm = new ToggleButton("Swarm: " + namespace);
        compose.setToggleGroup(target);
        swarm.setToggleGroup(target);
        swarm.setSelected(true);
        swarm.setId("target-swarm");
        HBox targets = new HBox(8, new Label("Target"), compose, swarm);
        targets.setStyle("-fx-font-size: 18px;");
        status.setStyle("-fx-font-size: 18px; -fx-text-fill: #a33;");
        ScrollPane scroll = new ScrollPane(services);
        scroll.setFitToWidth(true);
        getChildren().addAll(targets, status, scroll);
        vm.state().addListener((o, was, now) -> show(now));
        status.textProperty().bind(vm.status());
    }

    private void show(StackState state) {
        if (state == null) {
            return;
        }
        services.getChildren().clear();
        for (ServiceRow s : state.services()) {
            services.getChildren().add(card(s, state));
        }
    }

    private VBox card(ServiceRow s, StackState state) {
        Label title = new Label(s.name() + "   " + s.running() + "/" + s.desired() + "   " + s.mode() + "   " + s.image());
        title.setId("service-" + s.name());
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        VBox card = new VBox(6, title);
        card.setPadding(new Insets(10));
        card.setStyle("-fx-border-color: #889; -fx-border-radius: 6; -fx-background-radius: 6; -fx-background-color: "
                + (s.running() >= s.desired() ? "#eef7ee" : "#fff7e6") + ";");
        for (NodeRow node : state.nodes()) {
            List<TaskRow> tasks = state.tasks().stream().filter(t -> !t.history() && t.name().startsWith(s.name() + ".")
                    && t.node().equals(node.hostname())).toList();
            if (tasks.isEmpty()) {
                continue;
            }
            FlowPane chips = new FlowPane(6, 6);
            tasks.forEach(t -> chips.getChildren().add(chip(t)));
            Label host = new Label(node.hostname() + " (" + node.role() + ")");
            host.setStyle("-fx-font-size: 18px;");
            host.setMinWidth(230);
            card.getChildren().add(new HBox(10, host, chips));
        }
        return card;
    }

    private static Label chip(TaskRow t) {
        Label chip = new Label(t.name().substring(t.name().lastIndexOf('.') + 1) + " " + t.state());
        String colour = switch (t.state()) {
            case "running" -> "#3a8a3a";
            case "starting", "preparing", "ready", "assigned", "accepted", "pending", "new", "allocated" -> "#c08a00";
            case "failed", "rejected" -> "#b03030";
            default -> "#777777";
        };
        chip.setStyle("-fx-font-size: 18px; -fx-text-fill: white; -fx-padding: 3 8 3 8; -fx-background-radius: 10;"
                + " -fx-background-color: " + colour + ";");
        return chip;
    }
}
