package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/** Mappings that may be written as {@code KEY=VALUE} lists (environment, labels, args, …). */
final class KeyValues {
    private KeyValues() {}

    /** A list of KEY=VALUE (or KEY alone, meaning unset) becomes a mapping; mappings stay. */
    static Map<String, Object> file(Object value) {
        List<Object> items = Trees.list(value);
        if (items == null) {
            return null;
        }
        Map<String, Object> out = Trees.newMap();
        for (Object item : items) {
            String text = Trees.text(item);
            if (text == null) {
                continue;
            }
            int eq = text.indexOf('=');
            if (eq < 0) {
                out.put(text, null);
            } else {
                out.put(text.substring(0, eq), text.substring(eq + 1));
            }
        }
        return out;
    }
}
