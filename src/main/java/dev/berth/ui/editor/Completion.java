package dev.berth.ui.editor;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.fxmisc.richtext.CodeArea;

/**
 * Attribute names where a key is being typed: the spec's names for the mapping the caret is in
 * ({@link YamlPath}, {@link SpecNames}) that start with the letters typed so far. Choosing one
 * completes the key and its colon.
 */
final class Completion {
    private Completion() {}

    /** The names offered at the caret, or an empty list where no key is being typed. */
    static List<String> at(List<String> lines, int line, int column) {
        String prefix = YamlPath.keyPrefix(lines.get(line), column);
        if (prefix == null) {
            return List.of();
        }
        return SpecNames.under(YamlPath.at(lines, line)).stream().filter(n -> n.startsWith(prefix)).toList();
    }

    static ContextMenu show(CodeArea area) {
        List<String> lines = area.getParagraphs().stream().map(p -> p.getText()).toList();
        int line = area.getCurrentParagraph();
        int column = area.getCaretColumn();
        List<String> names = at(lines, line, column);
        ContextMenu menu = new ContextMenu();
        menu.setId("completion");
        String prefix = YamlPath.keyPrefix(lines.get(line), column);
        for (String name : names) {
            MenuItem item = new MenuItem(name);
            item.setOnAction(e -> area.insertText(area.getCaretPosition(), name.substring(prefix.length()) + ": "));
            menu.getItems().add(item);
        }
        if (names.isEmpty()) {
            MenuItem none = new MenuItem("(no attribute names here)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        area.getCaretBounds().ifPresent(b -> menu.show(area, b.getMinX(), b.getMaxY()));
        return menu;
    }
}
