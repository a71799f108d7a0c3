package dev.berth.compose.render;

import java.util.List;
import java.util.Map;

/** JSON the way Go's encoding/json writes it: HTML-safe escapes, optional two-space indent. */
final class JsonText {
    private final boolean indent;
    private final StringBuilder out = new StringBuilder();

    private JsonText(boolean indent) {
        this.indent = indent;
    }

    static String pretty(Object value) {
        JsonText j = new JsonText(true);
        j.value(value, 0);
        return j.out.toString();
    }

    static String compact(Object value) {
        JsonText j = new JsonText(false);
        j.value(value, 0);
        return j.out.toString();
    }

    private void value(Object v, int depth) {
        switch (v) {
            case null -> out.append("null");
            case Map<?, ?> m -> object(m, depth);
            case List<?> l -> array(l, depth);
            case String s -> string(s);
            case Boolean b -> out.append(b);
            case Double d -> out.append(number(d));
            case Float f -> out.append(number(f.doubleValue()));
            case Number n -> out.append(n);
            default -> string(String.valueOf(v));
        }
    }

    private void object(Map<?, ?> m, int depth) {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.append(first ? "" : ",");
            first = false;
            newline(depth + 1);
            string(String.valueOf(e.getKey()));
            out.append(indent ? ": " : ":");
            value(e.getValue(), depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    private void array(List<?> l, int depth) {
        if (l.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
            out.append(i == 0 ? "" : ",");
            newline(depth + 1);
            value(l.get(i), depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    private void newline(int depth) {
        if (indent) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    /** encoding/json: plain decimals, exponent form only below 1e-6 or from 1e21 on. */
    static String number(double d) {
        double abs = Math.abs(d);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
            return GoFloat.exponent(d, false);
        }
        return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
