package dev.berth.stack;

import dev.berth.compose.load.canonical.GoDuration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the canonical tree's values in the units the Engine API wants (nanoseconds, bytes, nano CPUs). */
final class Values {
    private Values() {}

    /** A Go duration ("10s", "1m30s") as nanoseconds, or null. */
    static Long nanos(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof Number n ? n.longValue() * 1_000_000_000L : GoDuration.parse(String.valueOf(v)).toNanos();
    }

    /** CPUs as a decimal ("0.5") in nano CPUs, as the docker CLI's ParseCPUs. */
    static Long nanoCpus(Object v) {
        if (v == null || String.valueOf(v).isBlank()) {
            return null;
        }
        return new BigDecimal(String.valueOf(v)).movePointRight(9).longValue();
    }

    /** Bytes: the canonical tree writes them as a number or a decimal string. */
    static Long bytes(Object v) {
        if (v == null || String.valueOf(v).isBlank()) {
            return null;
        }
        return v instanceof Number n ? n.longValue() : Long.valueOf(String.valueOf(v).trim());
    }

    static Long integer(Object v) {
        return v == null ? null : v instanceof Number n ? n.longValue() : Long.valueOf(String.valueOf(v).trim());
    }

    static List<String> strings(Object v) {
        if (!(v instanceof List<?> list)) {
            return v == null ? null : List.of(String.valueOf(v));
        }
        List<String> out = new ArrayList<>();
        list.forEach(x -> out.add(String.valueOf(x)));
        return out;
    }

    /** A mapping or a KEY=VALUE list as a sorted map (null values kept as null). */
    static Map<String, String> stringMap(Object v) {
        Map<String, String> out = new TreeMap<>();
        if (v instanceof Map<?, ?> map) {
            map.forEach((k, x) -> out.put(String.valueOf(k), x == null ? null : String.valueOf(x)));
        } else if (v instanceof List<?> list) {
            for (Object item : list) {
                String s = String.valueOf(item);
                int eq = s.indexOf('=');
                out.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        }
        return out;
    }

    /** A JSON object that leaves out null values, so that the spec says only what the file says. */
    static final class Json extends LinkedHashMap<String, Object> {
        Json with(String key, Object value) {
            boolean empty = value == null || value instanceof Map<?, ?> m && m.isEmpty() && !(value instanceof Keep)
                    || value instanceof List<?> l && l.isEmpty();
            if (!empty) {
                put(key, value);
            }
            return this;
        }
    }

    /** An object sent even when empty (the docker CLI always sends Resources and Placement). */
    static final class Keep extends LinkedHashMap<String, Object> {
        Keep with(String key, Object value) {
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                put(key, value);
            }
            return this;
        }
    }
}
