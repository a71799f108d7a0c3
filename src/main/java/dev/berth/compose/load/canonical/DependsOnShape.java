package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/** services.*.depends_on: a list of names becomes a mapping; defaults condition and required. */
final class DependsOnShape {
    private DependsOnShape() {}

    static Map<String, Object> file(Object value) {
        List<Object> names = Trees.list(value);
        if (names == null) {
            return null;
        }
        Map<String, Object> out = Trees.newMap();
        for (Object n : names) {
            Map<String, Object> entry = Trees.newMap();
            entry.put("condition", "service_started");
            entry.put("required", true);
            out.put(Trees.text(n), entry);
        }
        return out;
    }

    static void project(Map<String, Object> dependsOn) {
        if (dependsOn == null) {
            return;
        }
        dependsOn.replaceAll((name, value) -> {
            Map<String, Object> in = Trees.map(value);
            Map<String, Object> m = Trees.newMap();
            m.put("condition", in == null || in.get("condition") == null ? "service_started" : in.get("condition"));
            if (in != null && in.get("restart") != null) {
                m.put("restart", Scalars.bool(in.get("restart")));
            }
            m.put("required", in == null || in.get("required") == null ? Boolean.TRUE : Scalars.bool(in.get("required")));
            if (in != null) {
                in.forEach((k, v) -> {
                    if (k.startsWith("x-")) {
                        m.put(k, v);
                    }
                });
            }
            return m;
        });
    }
}
