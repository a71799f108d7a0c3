package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/** services.*.devices: {@code host[:container[:permissions]]} into {source, target, permissions}. */
final class Devices {
    private Devices() {}

    static List<Object> file(Object value) {
        List<Object> in = Trees.list(value);
        if (in == null) {
            return null;
        }
        List<Object> out = Trees.newList();
        for (Object item : in) {
            if (item instanceof String spec) {
                String[] parts = spec.split(":", -1);
                Map<String, Object> m = Trees.newMap();
                m.put("source", parts[0]);
                m.put("target", parts.length > 1 ? parts[1] : parts[0]);
                m.put("permissions", parts.length > 2 ? parts[2] : "rwm");
                out.add(m);
            } else {
                out.add(item);
            }
        }
        return out;
    }
}
