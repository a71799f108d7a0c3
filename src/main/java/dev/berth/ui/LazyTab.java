package dev.berth.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose pane is made when the tab is first selected. A hidden tab's pane is still styled and laid out for the
 * window's first frame: the bottom tabs behind the first were a third of its nodes.
 */
final class LazyTab {
    private LazyTab() {}

    static Tab of(String title, String id, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }
}
