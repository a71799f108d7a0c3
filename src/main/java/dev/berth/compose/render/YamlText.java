package dev.berth.compose.render;

import java.util.List;
import java.util.Map;

/** YAML the way go-yaml v3 writes it for compose: two-space indent, sequences indented under their key. */
final class YamlText {
    private final StringBuilder out = new StringBuilder();

    private YamlText() {}

    static String write(Map<String, Object> tree) {
        YamlText y = new YamlText();
        y.mapping(tree, 0);
        return y.out.toString();
    }

    private void mapping(Map<?, ?> m, int depth) {
        for (Map.Entry<?, ?> e : YamlKeys.ordered(m)) {
            out.append("  ".repeat(depth)).append(YamlScalar.key(String.valueOf(e.getKey()))).append(':');
            nested(e.getValue(), depth);
        }
    }

    private void nested(Object v, int depth) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            out.append('\n');
            mapping(m, depth + 1);
        } else if (v instanceof List<?> l && !l.isEmpty()) {
            out.append('\n');
            sequence(l, depth + 1);
        } else {
            out.append(' ');
            scalar(v, depth);
            out.append('\n');
        }
    }

    private void sequence(List<?> l, int depth) {
        for (Object item : l) {
            out.append("  ".repeat(depth)).append("- ");
            if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                boolean first = true;
                for (Map.Entry<?, ?> e : YamlKeys.ordered(m)) {
                    if (!first) {
                        out.append("  ".repeat(depth + 1));
                    }
                    first = false;
                    out.append(YamlScalar.key(String.valueOf(e.getKey()))).append(':');
                    nested(e.getValue(), depth + 1);
                }
            } else if (item instanceof List<?> inner && !inner.isEmpty()) {
                out.append('\n');
                sequence(inner, depth + 1);
            } else {
                scalar(item, depth);
                out.append('\n');
            }
        }
    }

    private void scalar(Object v, int depth) {
        if (v instanceof Map<?, ?>) {
            out.append("{}");
        } else if (v instanceof List<?>) {
            out.append("[]");
        } else {
            out.append(YamlScalar.value(v, depth));
        }
    }
}
