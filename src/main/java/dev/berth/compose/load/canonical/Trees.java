package dev.berth.compose.load.canonical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Typed access to plain trees (LinkedHashMap, ArrayList, String, Long, Double, Boolean, null). */
public final class Trees {
    private Trees() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : null;
    }

    public static Map<String, Object> map(Map<String, Object> parent, String key) {
        return map(parent == null ? null : parent.get(key));
    }

    public static List<Object> list(Map<String, Object> parent, String key) {
        return list(parent == null ? null : parent.get(key));
    }

    /** The child mapping at key, created (and put) when missing. */
    public static Map<String, Object> child(Map<String, Object> parent, String key) {
        Map<String, Object> m = map(parent.get(key));
        if (m == null) {
            m = new LinkedHashMap<>();
            parent.put(key, m);
        }
        return m;
    }

    /** A scalar as the text YAML would show, or null for null and collections. */
    public static String text(Object value) {
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
            return null;
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }

    /** A list whose entries are mappings already or short forms that {@code longForm} turns into one; null stays null. */
    static List<Object> mappings(List<Object> in, Function<Object, Map<String, Object>> longForm) {
        if (in == null) {
            return null;
        }
        List<Object> out = newList();
        for (Object item : in) {
            out.add(item instanceof Map<?, ?> ? item : longForm.apply(item));
        }
        return out;
    }

    public static Map<String, Object> newMap() {
        return new LinkedHashMap<>();
    }

    public static List<Object> newList() {
        return new ArrayList<>();
    }

    /** Deep copy of a tree, so that a transformed tree never shares nodes with its input. */
    public static Object copy(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }
}
