package dev.berth.ui.insight;

import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** The Insight menu: the last Up's start-up timeline, the project's volumes, the advice on its files. */
public final class InsightMenu {
    private InsightMenu() {}

    public static Menu menu(InsightViewModel vm, Supplier<Window> owner) {
        InsightWindow[] window = new InsightWindow[1];
        Runnable[] open = new Runnable[5];
        String[] tabs = {"timeline-tab", "volumes-tab", "advice-window-tab", "resources-tab", "project-images-tab"};
        for (int i = 0; i < tabs.length; i++) {
            String tab = tabs[i];
            open[i] = () -> {
                if (window[0] == null) {
                    window[0] = new InsightWindow(vm, owner.get());
                }
                window[0].open(tab);
            };
        }
        Menu menu = new Menu("_Insight", null, item("Start-up timeline", "Shortcut+Alt+T", open[0]),
                item("Resources", "Shortcut+Alt+R", open[3]), item("Images", "Shortcut+Alt+I", open[4]),
                item("Volumes", "Shortcut+Alt+V", open[1]),
                item("Advice", "Shortcut+Alt+A", open[2]));
        menu.setId("insight-menu");
        return menu;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.setOnAction(e -> action.run());
        return item;
    }
}
