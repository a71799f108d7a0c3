package dev.berth.insight.advice;

import dev.berth.compose.model.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Line edits on a file's text for the mechanical fixes; each returns null when the text has a shape it cannot edit. */
final class TextEdits {
    private TextEdits() {}

    /**
     * Inserts {@code lines} (indented relative to the block) as the first entries of the block mapping whose key is at
     * {@code key} ({@code db:} of a service); null when the key's value is on the same line (flow style).
     */
    static String insertInBlock(String text, Location key, List<String> lines) {
        List<String> all = lines(text);
        int at = key.line() - 1;
        if (at >= all.size() || !all.get(at).trim().endsWith(":")) {
            return null;
        }
        String indent = childIndent(all, at, key.column() - 1);
        List<String> added = lines.stream().map(l -> indent + l).toList();
        all.addAll(at + 1, added);
        return String.join("\n", all);
    }

    /** The indentation of the block under line {@code at}: its first entry's, else the key's plus two. */
    private static String childIndent(List<String> all, int at, int keyColumn) {
        for (int i = at + 1; i < all.size(); i++) {
            String l = all.get(i);
            if (l.isBlank() || l.trim().startsWith("#")) {
                continue;
            }
            int n = l.length() - l.stripLeading().length();
            if (n > keyColumn) {
                return " ".repeat(n);
            }
            break;
        }
        return " ".repeat(keyColumn + 2);
    }

    /** Inserts {@code insert} before the scalar that starts at {@code at} (after its opening quote, if any). */
    static String insertAt(String text, Location at, String insert) {
        List<String> all = lines(text);
        int line = at.line() - 1;
        int col = at.column() - 1;
        if (line >= all.size() || col > all.get(line).length()) {
            return null;
        }
        String l = all.get(line);
        if (col < l.length() && (l.charAt(col) == '"' || l.charAt(col) == '\'')) {
            col++;
        }
        all.set(line, l.substring(0, col) + insert + l.substring(col));
        return String.join("\n", all);
    }

    /** Replaces line {@code line} (1-based) by {@code replacement}. */
    static String replaceLine(String text, int line, String replacement) {
        List<String> all = lines(text);
        all.set(line - 1, replacement);
        return String.join("\n", all);
    }

    static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }
}
