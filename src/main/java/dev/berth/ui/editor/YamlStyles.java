package dev.berth.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours for one line of YAML, as runs of style classes: keys, list dashes, comments, quoted strings,
 * numbers and booleans, {@code ${VARIABLES}}, anchors, aliases and tags. Line by line (a block scalar's
 * lines read as plain text), which is what keeps it fast enough to run on every keystroke.
 */
final class YamlStyles {
    /** A run of {@code length} characters drawn with {@code style} ("" for plain). */
    record Run(String style, int length) {}

    private static final Pattern KEY = Pattern.compile("^(\\s*(?:-\\s+)*)((?:\"[^\"]*\"|'[^']*'|[^\\s#'\"\\-{\\[][^#]*?|-[^\\s#][^#]*?))(\\s*:)(?=\\s|$)");
    private static final Pattern DASHES = Pattern.compile("^(\\s*)((?:-(?:\\s+|$))+)");
    private static final Pattern TOKEN = Pattern.compile(
            "(?<comment>(?<=^|\\s)#.*$)|(?<string>\"(?:[^\"\\\\]|\\\\.)*\"?|'(?:[^']|'')*'?)|(?<var>\\$\\{[^}]*}?|\\$[A-Za-z_][A-Za-z0-9_]*)"
                    + "|(?<anchor>(?<=^|\\s)[&*][^\\s,\\]}]+)|(?<tag>(?<=^|\\s)![^\\s]*)"
                    + "|(?<literal>(?<=^|[\\s\\[,])(?:true|false|null|~|-?[0-9][0-9_.]*)(?=$|[\\s,\\]}]))");

    private YamlStyles() {}

    static List<Run> line(String line) {
        List<Run> runs = new ArrayList<>();
        int from = 0;
        if (line.startsWith("---") || line.startsWith("...")) {
            runs.add(new Run("yaml-document", 3));
            from = 3;
        }
        Matcher key = KEY.matcher(line);
        Matcher dash = DASHES.matcher(line);
        if (from == 0 && key.find()) {
            add(runs, "", key.group(1).length() - dashLength(key.group(1)));
            add(runs, "yaml-dash", dashLength(key.group(1)));
            add(runs, "yaml-key", key.group(2).length());
            add(runs, "yaml-colon", key.group(3).length());
            from = key.end();
        } else if (from == 0 && dash.find()) {
            add(runs, "", dash.group(1).length());
            add(runs, "yaml-dash", dash.group(2).length());
            from = dash.end();
        }
        values(line, from, runs);
        return runs;
    }

    private static int dashLength(String prefix) {
        String trimmed = prefix.stripLeading();
        return trimmed.length();
    }

    private static void values(String line, int from, List<Run> runs) {
        Matcher m = TOKEN.matcher(line).region(from, line.length());
        m.useTransparentBounds(true);
        int at = from;
        while (m.find()) {
            add(runs, "", m.start() - at);
            add(runs, style(m), m.end() - m.start());
            at = m.end();
        }
        add(runs, "", line.length() - at);
    }

    private static String style(Matcher m) {
        for (String group : List.of("comment", "string", "var", "anchor", "tag", "literal")) {
            if (m.group(group) != null) {
                return "yaml-" + group;
            }
        }
        return "";
    }

    private static void add(List<Run> runs, String style, int length) {
        if (length > 0) {
            runs.add(new Run(style, length));
        }
    }
}
