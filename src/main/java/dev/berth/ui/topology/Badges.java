package dev.berth.ui.topology;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

/**
 * The networks and volumes a service box names on itself in a large project (instead of a line
 * to each): small chips, networks first, at most {@link #SHOWN} and then "+N". Text in a plain
 * pane, not Labels: controls build skins during CSS, which a 200-box redraw would pay 600 times.
 */
final class Badges {
    static final int SHOWN = 3;

    private Badges() {}

    static HBox row(List<String> resourceIds) {
        List<Node> chips = new ArrayList<>();
        for (String id : resourceIds.subList(0, Math.min(SHOWN, resourceIds.size()))) {
            boolean network = id.startsWith("network-");
            chips.add(chip(id.substring(id.indexOf('-') + 1), network ? "network-badge" : "volume-badge"));
        }
        if (resourceIds.size() > SHOWN) {
            chips.add(chip("+" + (resourceIds.size() - SHOWN), "more-badge"));
        }
        HBox row = new HBox();
        row.getStyleClass().add("node-badges");
        row.getChildren().setAll(chips);
        return row;
    }

    private static StackPane chip(String text, String kind) {
        Text t = new Text(text);
        t.getStyleClass().add("badge-text");
        StackPane chip = new StackPane(t);
        chip.getStyleClass().addAll("node-badge", kind);
        return chip;
    }
}
