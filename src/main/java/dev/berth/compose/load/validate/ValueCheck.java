package dev.berth.compose.load.validate;

import dev.berth.compose.load.canonical.GoType;
import java.util.List;
import java.util.Map;

/** Types of single values: scalars where compose wants one, and the mapping-or-list attributes. */
final class ValueCheck {
    private final Report report;

    ValueCheck(Report report) {
        this.report = report;
    }

    void check(Object value, GoType.Kind kind, String path) {
        boolean collection = value instanceof Map<?, ?> || value instanceof List<?>;
        switch (kind) {
            case STRING, FLOAT, NANO_CPUS, DURATION, FILE_MODE, DEVICE_COUNT, OPT_OUT, BOOL -> {
                if (collection) {
                    report.add(path, "must be a " + word(kind) + ", not " + Kind.of(value));
                }
            }
            case INT, BYTES -> {
                if (collection || (value instanceof Double d && d != Math.rint(d))) {
                    report.add(path, "must be an integer, not " + Kind.of(value) + (collection ? "" : " " + value));
                }
            }
            case SHELL, STRING_LIST -> {
                if (value instanceof Map<?, ?>) {
                    report.add(path, "must be a string or a sequence, not a mapping");
                }
            }
            case MAPPING_EQUALS, LABELS -> mapping(value, path);
            case HOSTS, MULTI_OPTIONS -> {
                if (!collection) {
                    report.add(path, "must be a mapping or a sequence, not " + Kind.of(value));
                }
            }
            case EXTERNAL, ULIMIT -> {
                if (value instanceof List<?>) {
                    report.add(path, "must be a " + word(kind) + ", not a sequence");
                }
            }
            case ANY -> { }
        }
    }

    private void mapping(Object value, String path) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (v instanceof Map<?, ?> || v instanceof List<?>) {
                    report.add(path + "." + k, "must be a string, number, boolean or null, not " + Kind.of(v));
                }
            });
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) instanceof Map<?, ?> || l.get(i) instanceof List<?>) {
                    report.add(path + "[" + i + "]", "must be a string, not " + Kind.of(l.get(i)));
                }
            }
        } else {
            report.add(path, "must be a mapping or a sequence, not " + Kind.of(value));
        }
    }

    private static String word(GoType.Kind kind) {
        return switch (kind) {
            case BOOL, OPT_OUT -> "boolean";
            case FLOAT, NANO_CPUS -> "number";
            case DURATION -> "duration";
            case EXTERNAL -> "boolean or a mapping";
            case ULIMIT -> "number or a mapping";
            default -> "string";
        };
    }
}
