package dev.berth.compose.load.canonical;

import dev.berth.compose.load.canonical.GoType.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Scalar coercion after interpolation, into the value the reference prints for each Go type. */
final class Coerce {
    private Coerce() {}

    static Object to(Kind kind, Object v, String path, Shape shape) {
        if (v == null) {
            return null;
        }
        try {
            return switch (kind) {
                case STRING -> v instanceof Map<?, ?> || v instanceof List<?> ? v : Trees.text(v);
                case INT, DEVICE_COUNT -> integer(v, kind);
                case UINT16, UINT32, UINT64 -> unsigned(integer(v, kind), kind);
                case FLOAT, NANO_CPUS -> floating(v);
                case BOOL, EXTERNAL, OPT_OUT -> bool(v);
                case BYTES -> v instanceof List<?> || v instanceof Map<?, ?> ? v : String.valueOf(Units.bytes(v));
                case DURATION -> v instanceof List<?> || v instanceof Map<?, ?> ? v
                        : GoDuration.format(GoDuration.parse(Trees.text(v)));
                case SHELL -> v instanceof List<?> l ? strings(l) : Shell.split(Trees.text(v));
                case STRING_LIST -> v instanceof List<?> l ? strings(l) : new ArrayList<>(List.of(Trees.text(v)));
                case MAPPING_EQUALS -> mapping(v, true);
                case LABELS -> mapping(v, false);
                case HOSTS -> Hosts.list(v);
                case ULIMIT -> v;
                case FILE_MODE -> fileMode(v);
                case MULTI_OPTIONS -> multiOptions(v);
                case ANY -> v;
            };
        } catch (IllegalArgumentException e) {
            shape.problem(path, e.getMessage());
            return v;
        }
    }

    private static Object integer(Object v, Kind kind) {
        if (v instanceof Long || v instanceof Map<?, ?> || v instanceof List<?>) {
            return v;
        }
        if (v instanceof Double d) {
            return d.longValue();
        }
        String s = Trees.text(v).trim();
        if (kind == Kind.DEVICE_COUNT && s.equalsIgnoreCase("all")) {
            return -1L;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be an integer, not '" + s + "'");
        }
    }

    /** The reference's decoder refuses a negative number for an unsigned field (and checks no upper bound). */
    private static Object unsigned(Object v, Kind kind) {
        if (v instanceof Long n && n < 0) {
            throw new IllegalArgumentException("cannot parse value as '" + kind.name().toLowerCase(Locale.ROOT)
                    + "': " + n + " overflows uint");
        }
        return v;
    }

    private static Object floating(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a number, not '" + s + "'");
            }
        }
        return v;
    }

    private static Object bool(Object v) {
        if (v instanceof Map<?, ?>) {
            return true;
        }
        if (v instanceof String s) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "on", "1" -> {
                    return true;
                }
                case "false", "no", "n", "off", "0", "" -> {
                    return false;
                }
                default -> throw new IllegalArgumentException("must be a boolean, not '" + s + "'");
            }
        }
        return v;
    }

    private static List<Object> strings(List<?> l) {
        List<Object> out = new ArrayList<>();
        l.forEach(x -> out.add(x instanceof Map<?, ?> || x instanceof List<?> ? x : Trees.text(x)));
        return out;
    }

    /** KEY=VALUE lists become mappings; with equals semantics a missing value is null, else "". */
    private static Object mapping(Object v, boolean nullable) {
        Map<String, Object> in = v instanceof List<?> ? KeyValues.file(v) : Trees.map(v);
        if (in == null) {
            return v;
        }
        Map<String, Object> out = Trees.newMap();
        new TreeMap<>(in).forEach((k, x) -> out.put(k, x == null ? (nullable ? null : "") : text(x)));
        return out;
    }

    private static Object text(Object x) {
        return x instanceof Map<?, ?> || x instanceof List<?> ? x : Trees.text(x);
    }

    private static Object fileMode(Object v) {
        long mode;
        if (v instanceof Long l) {
            mode = l;
        } else if (v instanceof String s) {
            try {
                mode = Long.parseLong(s.trim(), 8);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid file mode '" + s + "'");
            }
        } else {
            return v;
        }
        return "0" + Long.toOctalString(mode);
    }

    /** Provider options: every value becomes a list of strings, keys sorted as Go prints maps. */
    private static Object multiOptions(Object v) {
        Map<String, Object> in = Trees.map(v);
        if (in == null) {
            return v;
        }
        Map<String, Object> out = Trees.newMap();
        new TreeMap<>(in).forEach((k, x) -> out.put(k, x instanceof List<?> l ? strings(l)
                : new ArrayList<>(List.of(Trees.text(x)))));
        return out;
    }
}
