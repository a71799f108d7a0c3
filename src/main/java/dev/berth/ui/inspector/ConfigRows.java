package dev.berth.ui.inspector;

import dev.berth.compose.load.SourceMap;
import dev.berth.compose.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Flattens a merged config tree into rows of dotted keys, each with the file and line its value
 * came from, masking what the mask says is secret. Keys are sorted so the view is stable.
 */
final class ConfigRows {
    private final SourceMap sources;
    private final SecretMask mask;
    private final List<InspectorRow> rows = new ArrayList<>();

    ConfigRows(SourceMap sources, SecretMask mask) {
        this.sources = sources;
        this.mask = mask;
    }

    static List<InspectorRow> of(String prefix, Map<String, Object> tree, SourceMap sources, SecretMask mask) {
        ConfigRows c = new ConfigRows(sources, mask);
        c.walk(prefix, "", tree, false);
        return c.rows;
    }

    private void walk(String prefix, String key, Object value, boolean secretName) {
        if (value instanceof Map<?, ?> map) {
            new TreeMap<>(map).forEach((k, v) -> {
                String name = String.valueOf(k);
                boolean secret = secretName || (key.endsWith("environment") || key.endsWith("args"))
                        && SecretMask.sensitiveName(name);
                walk(prefix, key.isEmpty() ? name : key + "." + name, v, secret);
            });
        } else if (value instanceof List<?> list) {
            if (list.stream().noneMatch(x -> x instanceof Map || x instanceof List)) {
                add(prefix, key, list.stream().map(String::valueOf).toList().toString(), secretName);
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                walk(prefix, key + "[" + i + "]", list.get(i), secretName);
            }
        } else if (value != null) {
            add(prefix, key, String.valueOf(value), secretName);
        }
    }

    private void add(String prefix, String key, String text, boolean secret) {
        String shown = value(key, text, secret);
        rows.add(new InspectorRow("Configuration", key, shown, where(sources == null ? null : sources.find(prefix + "." + key)), null));
    }

    private String value(String key, String text, boolean secret) {
        return secret ? SecretMask.MASK : mask.show("", text);
    }

    static String where(Location l) {
        return l == null || l.file() == null ? "" : l.file().getFileName() + ":" + l.line();
    }
}
