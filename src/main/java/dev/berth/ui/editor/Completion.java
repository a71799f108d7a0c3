package dev.berth.ui.editor;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.fxmisc.richtext.CodeArea;

/**
 * Attribute names where a key is being typed: the spec's names for the mapping the caret is in
 * ({@link YamlPath}, {@link SpecNames}) that start with the letters typed so far; choosing one completes
 * the key and its colon. After {@code key: }, the values the spec names for that attribute.
 */
final class Completion {
    private Completion() {}

    /** The names offered at the caret, the values the spec names after {@code key: }, or an empty list. */
    static List<String> at(List<String> lines, int line, int column) {
        String prefix = YamlPath.keyPrefix(lines.get(line), column);
        if (prefix != null) {
            return SpecNames.under(YamlPath.at(lines, line)).stream().filter(n -> n.startsWith(prefix)).toList();
        }
        YamlPath.Value value = YamlPath.valuePrefix(lines.get(line), column);
        if (value == null) {
            return List.of();
        }
        List<String> path = new java.util.ArrayList<>(YamlPath.at(lines, line));
        path.add(value.key());
        return SpecNames.values(path).stream().filter(v -> v.startsWith(value.prefix()) && !v.equals(value.prefix())).toList();
    }

    /** What is typed already of the word being completed. */
    private static String typed(String line, int column) {
        String key = YamlPath.keyPrefix(line, column);
        return key != null ? key : YamlPath.valuePrefix(line, column).prefix();
    }

    static ContextMenu show(CodeArea area) {
        List<String> lines = area.getParagraphs().stream().map(p -> p.getText()).toList();
        int line = area.getCurrentParagraph();
        int column = area.getCaretColumn();
        List<String> names = at(lines, line, column);
        ContextMenu menu = new ContextMenu();
        menu.setId("completion");
        boolean key = YamlPath.keyPrefix(lines.get(line), column) != null;
        YamlPath.Value value = key ? null : YamlPath.valuePrefix(lines.get(line), column);
        String before = value != null && !value.spaced() ? " " : "";
        String prefix = names.isEmpty() ? "" : typed(lines.get(line), column);
        for (String name : names) {
            MenuItem item = new MenuItem(name);
            item.setOnAction(e -> area.insertText(area.getCaretPosition(),
                    before + name.substring(prefix.length()) + (key ? ": " : "")));
            menu.getItems().add(item);
        }
        if (names.isEmpty()) {
            MenuItem none = new MenuItem("(nothing the spec names here)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        area.getCaretBounds().ifPresent(b -> menu.show(area, b.getMinX(), b.getMaxY()));
        return menu;
    }
}
