package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/** services.*.secrets and configs: a name is {source: name}; secrets default their target. */
final class FileReferences {
    private FileReferences() {}

    static List<Object> file(Object value) {
        return Trees.mappings(Trees.list(value), item -> {
            Map<String, Object> m = Trees.newMap();
            m.put("source", Trees.text(item));
            return m;
        });
    }

    static void project(List<Object> refs, String targetPrefix) {
        if (refs == null) {
            return;
        }
        for (Object item : refs) {
            Map<String, Object> m = Trees.map(item);
            if (m != null && m.get("target") == null && m.get("source") != null) {
                m.put("target", targetPrefix + Trees.text(m.get("source")));
            }
        }
    }
}
