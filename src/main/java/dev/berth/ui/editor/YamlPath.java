package dev.berth.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which mapping a line of a block-style YAML text belongs to, from indentation alone (the text being
 * typed rarely parses): the keys above it with less indentation, {@code "-"} for each list item on
 * the way, e.g. {@code [services, web, ports, -]}. Flow collections and multi-line scalars are not read.
 */
final class YamlPath {
    private static final Pattern LINE = Pattern.compile("^( *)((?:- +)*)(?:(\"[^\"]*\"|'[^']*'|[^\\s#:][^#]*?)\\s*:(?:\\s|$))?");

    private YamlPath() {}

    static List<String> at(List<String> lines, int line) {
        Deque<String> path = new ArrayDeque<>();
        Matcher here = LINE.matcher(lines.get(line));
        here.lookingAt();
        int cur = here.end(1) + here.group(2).length();
        if (!here.group(2).isEmpty()) {
            dashes(path, here.group(2));
            cur = here.end(1);
        }
        for (int i = line - 1; i >= 0 && cur > 0; i--) {
            String text = lines.get(i);
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(text);
            m.lookingAt();
            int indent = m.end(1);
            int keyIndent = indent + m.group(2).length();
            String key = m.group(3);
            if (keyIndent > cur || (keyIndent == cur && m.group(2).isEmpty()) || (keyIndent < cur && key == null)) {
                continue;
            }
            if (keyIndent < cur) {
                path.push(unquote(key));
            }
            dashes(path, m.group(2));
            cur = m.group(2).isEmpty() ? keyIndent : indent;
        }
        return List.copyOf(path);
    }

    private static void dashes(Deque<String> path, String dashes) {
        for (int i = 0; i < dashes.chars().filter(c -> c == '-').count(); i++) {
            path.push("-");
        }
    }

    private static String unquote(String key) {
        boolean quoted = key.length() >= 2 && (key.startsWith("\"") || key.startsWith("'"));
        return quoted ? key.substring(1, key.length() - 1) : key;
    }

    /**
     * A value being typed after {@code key:} on one line: the key, the letters typed so far, and whether a
     * space follows the colon already (else the completion brings one).
     */
    record Value(String key, String prefix, boolean spaced) {}

    private static final Pattern VALUE = Pattern.compile("^ *(?:- +)*([A-Za-z0-9_.-]+):(?: +([A-Za-z0-9_.+-]*))?$");

    /** The key and the value's start where a plain value is being typed at the caret, or null. */
    static Value valuePrefix(String line, int caret) {
        Matcher m = VALUE.matcher(line.substring(0, Math.min(caret, line.length())));
        if (!m.matches()) {
            return null;
        }
        return new Value(m.group(1), m.group(2) == null ? "" : m.group(2), m.group(2) != null);
    }

    /** The word being typed where a key goes: the letters between the line's indentation (and dashes) and the caret, or null. */
    static String keyPrefix(String line, int caret) {
        Matcher m = Pattern.compile("^ *(?:- +)*([A-Za-z0-9_.-]*)$").matcher(line.substring(0, Math.min(caret, line.length())));
        return m.matches() ? m.group(1) : null;
    }
}
