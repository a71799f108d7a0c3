package dev.berth.ui.stack;

import dev.berth.stack.StackViews.NodeRow;
import dev.berth.stack.StackViews.ServiceRow;
import dev.berth.stack.StackViews.StackState;
import dev.berth.stack.StackViews.TaskRow;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Swarm target: the stack's verbs as buttons, the nodes with their state, and each service as a card with
 * running/desired replicas, its current tasks grouped by node, each task a chip coloured by state. Clicking a card
 * chooses the service the buttons act on. Text sizes stay readable on a projector (18 px and more).
 */
public final class StackPane extends VBox {
    private final VBox services = new VBox(14);
    private final FlowPane nodes = new FlowPane(8, 6);
    private final StackViewModel vm;

    public StackPane(StackViewModel vm, SwarmActions actions) {
        this.vm = vm;
        setId("stack-pane");
        setSpacing(10);
        setPadding(new Insets(12));
        HBox buttons = new HBox(8, button("stack-deploy-button", "Deploy…", actions::deploy),
                button("stack-scale-button", "Scale…", actions::scale),
                button("stack-image-button", "Update image…", actions::image),
                button("stack-rollback-button", "Roll back", actions::rollback),
                button("stack-remove-button", "Remove stack…", actions::remove));
        buttons.setStyle("-fx-font-size: 18px;");
        Label status = new Label();
        status.setId("stack-status");
        status.setWrapText(true);
        status.setStyle("-fx-font-size: 18px;");
        status.textProperty().bind(vm.status());
        ScrollPane scroll = new ScrollPane(services);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(buttons, status, nodes, scroll);
        vm.state().addListener((o, was, now) -> show(now));
        vm.selected().addListener((o, was, now) -> show(vm.state().get()));
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void show(StackState state) {
        if (state == null) {
            return;
        }
        nodes.getChildren().setAll(new Label("Nodes"));
        ((Label) nodes.getChildren().getFirst()).setStyle("-fx-font-size: 18px;");
        state.nodes().forEach(n -> nodes.getChildren().add(node(n)));
        services.getChildren().clear();
        for (ServiceRow s : state.services()) {
            services.getChildren().add(card(s, state));
        }
    }

    private static Label node(NodeRow n) {
        boolean up = n.state().equals("ready") && n.availability().equals("active");
        Label chip = new Label(n.hostname() + " " + n.role() + " " + n.state()
                + (n.availability().equals("active") ? "" : " (" + n.availability() + ")"));
        chip.setId("node-" + n.hostname());
        chip.setStyle("-fx-font-size: 18px; -fx-padding: 3 8 3 8; -fx-background-radius: 10; -fx-text-fill: white;"
                + " -fx-background-color: " + (up ? "#3a6a9a" : "#b03030") + ";");
        return chip;
    }

    private VBox card(ServiceRow s, StackState state) {
        Label title = new Label(s.name() + "   " + s.running() + "/" + s.desired() + "   " + s.mode() + "   " + s.image());
        title.setId("service-" + s.name());
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold; -fx-text-fill: #1a1a1a;");
        VBox card = new VBox(6, title);
        card.setId("card-" + s.name());
        card.setPadding(new Insets(10));
        boolean chosen = s.name().equals(vm.selected().get());
        card.setStyle("-fx-border-radius: 6; -fx-background-radius: 6; -fx-border-color: " + (chosen ? "#2060c0" : "#889")
                + "; -fx-border-width: " + (chosen ? 3 : 1) + "; -fx-background-color: "
                + (s.running() >= s.desired() ? "#eef7ee" : "#fff7e6") + ";");
        card.setOnMouseClicked(e -> vm.selected().set(s.name()));
        for (NodeRow node : state.nodes()) {
            List<TaskRow> tasks = state.current().stream().filter(t -> t.name().startsWith(s.name() + ".")
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
        chip.getStyleClass().add("task-chip");
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
