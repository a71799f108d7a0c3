package dev.berth.compose.load;

import dev.berth.compose.load.canonical.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads canonical tree values into Java types for binding; absent values give empty or null. */
final class BindValues {
    private BindValues() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    static String string(Object value) {
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
            return null;
        }
        return String.valueOf(value);
    }

    static boolean bool(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    static Boolean optionalBool(Object value) {
        return value == null ? null : bool(value);
    }

    static Integer integer(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Long longValue(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A mapping of strings; null values stay null (an unset environment variable). */
    static Map<String, String> strings(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        map(value).forEach((k, v) -> out.put(k, string(v)));
        return out;
    }

    /** A command-like value: null when absent, a list of strings otherwise. */
    static List<String> stringList(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(BindValues::string).toList();
        }
        return List.of(String.valueOf(value));
    }

    static List<String> names(Object value) {
        List<String> out = stringList(value);
        return out == null ? List.of() : out;
    }

    /** A Go duration as the reference prints it ("1m30s", "500ms"); null when absent or unreadable. */
    static Duration duration(Object value) {
        String s = string(value);
        if (s == null) {
            return null;
        }
        try {
            return GoDuration.parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
