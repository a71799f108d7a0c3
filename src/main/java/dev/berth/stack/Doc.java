package dev.berth.stack;

import java.util.List;
import java.util.Map;

/** Read access to one JSON object of the engine, as plain maps: {@code doc.string("Spec", "Name")}. */
public record Doc(Map<String, Object> root) {
    public Doc {
        root = root == null ? Map.of() : root;
    }

    public Object get(String... path) {
        Object node = root;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    public String string(String... path) {
        Object v = get(path);
        return v == null ? "" : String.valueOf(v);
    }

    public long number(String... path) {
        return get(path) instanceof Number n ? n.longValue() : 0;
    }

    public boolean has(String... path) {
        return get(path) != null;
    }

    @SuppressWarnings("unchecked")
    public Doc doc(String... path) {
        return new Doc(get(path) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
    }

    @SuppressWarnings("unchecked")
    public List<Doc> docs(String... path) {
        if (!(get(path) instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(m -> new Doc((Map<String, Object>) m)).toList();
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> labels(String... path) {
        return get(path) instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    /** A mutable copy of a JSON-shaped value, so a spec can be changed without touching the plan's. */
    @SuppressWarnings("unchecked")
    static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), deepCopy(v)));
            return (T) out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new java.util.ArrayList<>();
            l.forEach(v -> out.add(deepCopy(v)));
            return (T) out;
        }
        return value;
    }

    /** The TaskTemplate of a (mutable) service spec. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> task(Map<String, Object> spec) {
        return (Map<String, Object>) spec.get("TaskTemplate");
    }
}
