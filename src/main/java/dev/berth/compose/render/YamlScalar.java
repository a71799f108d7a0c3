package dev.berth.compose.render;

import java.util.Set;
import java.util.regex.Pattern;

/** Scalar styles as go-yaml v3 chooses them: plain when unambiguous, else single or double quoted, literal for lines. */
final class YamlScalar {
    private YamlScalar() {}

    private static final Set<String> NON_STRINGS = Set.of("", "~", "null", "Null", "NULL", "true", "True", "TRUE",
            "false", "False", "FALSE", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
            ".nan", ".NaN", ".NAN", "<<");
    private static final Set<String> OLD_BOOLS = Set.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N",
            "no", "No", "NO", "off", "Off", "OFF");
    private static final Pattern INT = Pattern.compile("[-+]?(0|[1-9][0-9_]*|0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+)");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern BASE60 = Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");

    static String key(String k) {
        return string(k, 0);
    }

    static String value(Object v, int depth) {
        return switch (v) {
            case null -> "null";
            case String s -> string(s, depth);
            case Double d -> floating(d);
            default -> String.valueOf(v);
        };
    }

    private static String floating(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        return GoFloat.shortestG(d);
    }

    static String string(String s, int depth) {
        if (s.contains("\n")) {
            return literal(s, depth);
        }
        boolean ambiguous = NON_STRINGS.contains(s) || OLD_BOOLS.contains(s) || INT.matcher(s).matches()
                || FLOAT.matcher(s).matches() || BASE60.matcher(s).matches();
        if (ambiguous || special(s)) {
            return doubleQuoted(s);
        }
        if (plainAllowed(s)) {
            return s;
        }
        return "'" + s.replace("'", "''") + "'";
    }

    private static boolean special(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    private static boolean plainAllowed(String s) {
        char first = s.charAt(0);
        if ("#,[]{}&*!|>'\"%@`".indexOf(first) >= 0) {
            return false;
        }
        if ((first == '-' || first == '?' || first == ':') && (s.length() == 1 || s.charAt(1) == ' ' || s.charAt(1) == '\t')) {
            return false;
        }
        if (s.startsWith("---") || s.startsWith("...")) {
            return false;
        }
        if (Character.isWhitespace(first) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean nextBlank = i + 1 == s.length() || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t';
            if (c == ':' && nextBlank) {
                return false;
            }
            if (c == '#' && i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
                return false;
            }
        }
        return true;
    }

    private static String doubleQuoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\n' -> b.append("\\n");
                case '\0' -> b.append("\\0");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\uFEFF') {
                        b.append(String.format("\\x%02X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String literal(String s, int depth) {
        String indicator = s.endsWith("\n") ? (s.endsWith("\n\n") ? "|+" : "|") : "|-";
        if (s.startsWith(" ") || s.startsWith("\n")) {
            indicator = "|2" + indicator.substring(1);
        }
        String pad = "  ".repeat(depth + 1);
        StringBuilder b = new StringBuilder(indicator);
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        for (String line : body.split("\n", -1)) {
            b.append('\n');
            if (!line.isEmpty()) {
                b.append(pad).append(line);
            }
        }
        return b.toString();
    }
}
