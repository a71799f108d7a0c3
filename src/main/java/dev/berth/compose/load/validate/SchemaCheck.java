package dev.berth.compose.load.validate;

import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceMap;
import dev.berth.compose.load.canonical.DeployTypes;
import dev.berth.compose.load.canonical.GoType;
import dev.berth.compose.load.canonical.GoType.Field;
import dev.berth.compose.load.canonical.GoType.Struct;
import dev.berth.compose.load.canonical.ServiceTypes;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of one file as compose reads it: known attributes (with a hint for near misses) and value
 * types, walked along the same Go types canonicalization uses, allowing each attribute's short syntax.
 */
final class SchemaCheck {
    private static final Map<String, GoType> TOP = Map.of(
            "services", GoType.map(ServiceTypes.SERVICE), "networks", GoType.map(DeployTypes.NETWORK),
            "volumes", GoType.map(DeployTypes.VOLUME), "secrets", GoType.map(DeployTypes.FILE_OBJECT),
            "configs", GoType.map(DeployTypes.FILE_OBJECT));

    /** Structs that may also be written as a scalar (their short syntax). */
    private static final Set<String> SCALAR_SHORT = Set.of("build", "extends", "port", "volume", "file reference",
            "env_file", "device", "ulimit");
    /** Maps that may also be written as a list of names. */
    private static final Set<String> LIST_SHORT = Set.of("depends_on", "networks", "models");

    private final Report report;
    private final ValueCheck values;

    SchemaCheck(SourceMap sm, List<Problem> problems) {
        this.report = new Report(sm, problems);
        this.values = new ValueCheck(report);
    }

    void file(Map<String, Object> tree) {
        Resources.check(tree, report);
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("x-")) {
                continue;
            }
            if (!Keys.TOP_LEVEL.contains(key)) {
                report.add(key, "unknown top-level attribute '" + key + "'", Suggest.hint(key, Keys.TOP_LEVEL));
            } else if (key.equals("name") || key.equals("version")) {
                if (e.getValue() != null && !(e.getValue() instanceof String)) {
                    report.add(key, "must be a string, not " + Kind.of(e.getValue()));
                }
            } else if (TOP.containsKey(key)) {
                check(e.getValue(), TOP.get(key), key, key);
            }
        }
    }

    private void check(Object value, GoType type, String path, String fieldName) {
        if (value == null) {
            return;
        }
        switch (type) {
            case GoType.Ptr p -> check(value, p.elem(), path, fieldName);
            case Struct s -> struct(value, s, path);
            case GoType.ListOf l -> list(value, l, path, fieldName);
            case GoType.MapOf m -> map(value, m, path, fieldName);
            case GoType.Scalar s -> values.check(value, s.kind(), path);
        }
    }

    private void struct(Object value, Struct type, String path) {
        if (!(value instanceof Map<?, ?> m)) {
            if (!(SCALAR_SHORT.contains(type.name()) && !(value instanceof List<?>))) {
                report.add(path, "must be a mapping, not " + Kind.of(value));
            }
            return;
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = String.valueOf(e.getKey());
            Field field = type.fields().get(key);
            if (key.startsWith("x-")) {
                continue;
            }
            if (field == null) {
                report.add(path + "." + key, "unknown attribute '" + key + "'",
                        Suggest.hint(key, type.fields().keySet()));
            } else {
                check(e.getValue(), field.type(), path + "." + key, key);
                Enums.check(type.name(), key, e.getValue(), path + "." + key, report);
                Enums.nonNegative(type.name(), key, e.getValue(), path + "." + key, report);
            }
        }
        if (type.name().equals("watch")) {
            for (String required : List.of("path", "action")) {
                if (!m.containsKey(required)) {
                    report.add(path, "missing required attribute '" + required + "'");
                }
            }
        }
    }

    private void list(Object value, GoType.ListOf type, String path, String fieldName) {
        if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                check(l.get(i), type.elem(), path + "[" + i + "]", fieldName);
            }
        } else if (!((fieldName.equals("env_file") || fieldName.equals("test") || fieldName.equals("gpus")) && value instanceof String)) {
            report.add(path, "must be a sequence, not " + Kind.of(value));
        }
    }

    private void map(Object value, GoType.MapOf type, String path, String fieldName) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> check(v, type.elem(), path + "." + k, String.valueOf(k)));
        } else if (!(value instanceof List<?> && LIST_SHORT.contains(fieldName))) {
            report.add(path, "must be a mapping, not " + Kind.of(value));
        }
    }
}
