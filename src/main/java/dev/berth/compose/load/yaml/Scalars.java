package dev.berth.compose.load.yaml;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves plain scalars the way the reference's YAML library (go-yaml v3) does: only
 * {@code true/True/TRUE} and {@code false/False/FALSE} are booleans ({@code yes}/{@code on} stay
 * strings), integers accept 0x/0o/0b prefixes, leading-zero octal and underscores.
 */
final class Scalars {
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUES = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSES = Set.of("false", "False", "FALSE");
    private static final Set<String> INFINITY = Set.of(".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
            "-.inf", "-.Inf", "-.INF");
    private static final Set<String> NAN = Set.of(".nan", ".NaN", ".NAN");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private Scalars() {}

    static Object resolve(YamlNode.Scalar s) {
        if (!s.plain() || (s.tag() != null && !s.tag().equals("!reset") && !s.tag().equals("!override"))) {
            return s.value();
        }
        String v = s.value();
        if (NULLS.contains(v)) {
            return null;
        }
        if (TRUES.contains(v)) {
            return Boolean.TRUE;
        }
        if (FALSES.contains(v)) {
            return Boolean.FALSE;
        }
        char c = v.charAt(0);
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
            Object n = number(v);
            if (n != null) {
                return n;
            }
        }
        return v;
    }

    static Object number(String text) {
        if (INFINITY.contains(text)) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (NAN.contains(text)) {
            return Double.NaN;
        }
        String plain = text.replace("_", "");
        Long l = integer(plain);
        if (l != null) {
            return l;
        }
        if (FLOAT.matcher(plain).matches()) {
            return Double.parseDouble(plain);
        }
        return null;
    }

    private static Long integer(String text) {
        boolean negative = text.startsWith("-");
        String t = negative || text.startsWith("+") ? text.substring(1) : text;
        int radix = 10;
        if (t.startsWith("0x") || t.startsWith("0X")) {
            radix = 16;
            t = t.substring(2);
        } else if (t.startsWith("0o") || t.startsWith("0O")) {
            radix = 8;
            t = t.substring(2);
        } else if (t.startsWith("0b") || t.startsWith("0B")) {
            radix = 2;
            t = t.substring(2);
        } else if (t.length() > 1 && t.startsWith("0")) {
            radix = 8;
            t = t.substring(1);
        }
        if (t.isEmpty() || t.startsWith("-") || t.startsWith("+")) {
            return null;
        }
        try {
            long v = Long.parseLong(t, radix);
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
