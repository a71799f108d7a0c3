package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/** services.*.secrets and configs: a name is {source: name}; secrets default their target. */
final class FileReferences {
    private FileReferences() {}

    static List<Object> file(Object value) {
        List<Object> in = Trees.list(value);
        if (in == null) {
            return null;
        }
        List<Object> out = Trees.newList();
        for (Object item : in) {
            if (item instanceof Map<?, ?>) {
                out.add(item);
            } else {
                Map<String, Object> m = Trees.newMap();
                m.put("source", Trees.text(item));
                out.add(m);
            }
        }
        return out;
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
