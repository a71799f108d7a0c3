package dev.berth.ui.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * One thing the window can do, as the palette lists it: where it sits in the menus, its keys, and
 * the menu item that does it. Read from the menu bar, so every menu action is in the palette without
 * a second list to keep in step.
 */
public record Command(String name, String keys, MenuItem item) {
    /** Does what choosing the menu item does (a check item's tick is the menu's skin's work, so it is done here). */
    public void run() {
        if (item instanceof CheckMenuItem check) {
            check.setSelected(!check.isSelected());
        }
        item.fire();
    }

    /** True when every word of {@code filter} is in the name or the keys, in any case. */
    public boolean matches(String filter) {
        String text = (name + " " + keys).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    public static List<Command> of(MenuBar bar) {
        List<Command> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, label(menu.getText()), out);
        }
        return out;
    }

    private static void collect(Menu menu, String path, List<Command> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + label(sub.getText()), out);
            } else if (!(item instanceof SeparatorMenuItem) && !item.isDisable() && item.getOnAction() != null
                    || item instanceof CheckMenuItem) {
                // a digit key's display text is its code's name ("Ctrl+DIGIT4"): people read "Ctrl+4"
                String keys = item.getAccelerator() == null ? ""
                        : item.getAccelerator().getDisplayText().replaceAll("DIGIT(\\d)$", "$1");
                out.add(new Command(path + " › " + label(item.getText()), keys, item));
            }
        }
    }

    /** A menu text without its mnemonic mark and trailing dots. */
    private static String label(String text) {
        return text == null ? "" : text.replace("_", "").replace("…", "");
    }
}
