package dev.berth.compose.load.validate;

import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shape of one file as the compose specification describes it: known attributes and their types. */
final class SchemaCheck {
    private final Report report;

    SchemaCheck(SourceMap sm, List<Problem> problems) {
        this.report = new Report(sm, problems);
    }

    void file(Map<String, Object> tree) {
        keys(tree, "", Keys.TOP_LEVEL);
        Map<String, Object> services = mapping(tree.get("services"), "services");
        if (services != null) {
            services.forEach((name, service) -> service(name, service));
        }
    }

    private void service(String name, Object value) {
        String path = "services." + name;
        Map<String, Object> s = mapping(value, path);
        if (s != null) {
            keys(s, path, Keys.SERVICE);
        }
    }

    private void keys(Map<String, Object> m, String path, Set<String> known) {
        for (String key : m.keySet()) {
            if (!known.contains(key) && !key.startsWith("x-")) {
                String p = path.isEmpty() ? key : path + "." + key;
                report.add(p, (path.isEmpty() ? "" : "") + "unknown attribute '" + key + "'", Suggest.hint(key, known));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> mapping(Object value, String path) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        report.add(path, "must be a mapping, not " + Kind.of(value));
        return null;
    }
}
