package dev.berth.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads optional values from a service's {@code config --format json} tree (attributes the record does not type). */
record Tree(Map<String, Object> root) {

    /** A tree over {@code node} when it is a mapping, else an empty one. */
    @SuppressWarnings("unchecked")
    static Tree of(Object node) {
        return new Tree(node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
    }

    Object get(String... path) {
        Object node = root;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    String string(String... path) {
        Object v = get(path);
        return v == null ? null : String.valueOf(v);
    }

    Boolean bool(String... path) {
        Object v = get(path);
        return v instanceof Boolean b ? b : v == null ? null : Boolean.valueOf(String.valueOf(v));
    }

    List<String> strings(String... path) {
        Object v = get(path);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.forEach(x -> out.add(String.valueOf(x)));
        } else if (v instanceof Map<?, ?> map) {
            // extra_hosts and the like may come as a mapping: host → address
            map.forEach((k, x) -> out.add(k + (x == null ? "" : (x instanceof List<?> l ? ":" + l.getFirst() : ":" + x))));
        } else if (v != null) {
            out.add(String.valueOf(v));
        }
        return out;
    }

    Map<String, String> stringMap(String... path) {
        Map<String, String> out = new LinkedHashMap<>();
        if (get(path) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (get(path) instanceof List<?> list) {
            for (Object item : list) {
                String s = String.valueOf(item);
                int eq = s.indexOf('=');
                out.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        }
        return out;
    }

    /** Byte sizes as compose writes them: a number, or "512m", "1g", "100k", "1024b". */
    static Long bytes(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        String s = String.valueOf(v).trim().toLowerCase();
        if (s.isEmpty()) {
            return null;
        }
        s = s.endsWith("b") && s.length() > 1 && !Character.isDigit(s.charAt(s.length() - 2)) ? s.substring(0, s.length() - 1) : s;
        s = s.endsWith("b") ? s.substring(0, s.length() - 1) : s;
        long unit = switch (s.charAt(s.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 't' -> 1L << 40;
            default -> 1;
        };
        String number = unit == 1 ? s : s.substring(0, s.length() - 1);
        return (long) (Double.parseDouble(number) * unit);
    }
}
