package dev.berth.compose.load.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The attribute-specific merge rules of {@link OverrideMerge}. */
final class MergeRules {
    private MergeRules() {}

    /** Key/value attributes: both sides become {@code KEY=VALUE} lists and are appended; unicity keeps the last. */
    static Object toSequence(Object base, Object override, List<String> path) {
        List<Object> out = sequence(base);
        out.addAll(sequence(override));
        return out;
    }

    static Object extraHosts(Object base, Object override, List<String> path) {
        List<Object> out = sequence(base);
        for (Object o : sequence(override)) {
            if (!out.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    static Object build(Object base, Object override, List<String> path) throws OverrideMerge.MergeException {
        return OverrideMerge.mappings(buildMapping(base), buildMapping(override), path);
    }

    static Object dependsOn(Object base, Object override, List<String> path) throws OverrideMerge.MergeException {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("condition", "service_started");
        defaults.put("required", true);
        return OverrideMerge.mappings(mapping(base, defaults), mapping(override, defaults), path);
    }

    static Object toMapping(Object base, Object override, List<String> path) throws OverrideMerge.MergeException {
        return OverrideMerge.mappings(mapping(base, null), mapping(override, null), path);
    }

    /** Options merge only when both sides use the same driver (or one names none); otherwise the override wins. */
    @SuppressWarnings("unchecked")
    static Object logging(Object base, Object override, List<String> path) throws OverrideMerge.MergeException {
        if (!(base instanceof Map<?, ?> b) || !(override instanceof Map<?, ?> o)) {
            return override == null ? base : override;
        }
        if (!o.containsKey("driver") || !b.containsKey("driver") || Objects.equals(o.get("driver"), b.get("driver"))) {
            return OverrideMerge.mappings((Map<String, Object>) b, (Map<String, Object>) o, path);
        }
        return override;
    }

    @SuppressWarnings("unchecked")
    static Object ulimit(Object base, Object override, List<String> path) throws OverrideMerge.MergeException {
        if (base instanceof Map<?, ?> b && override instanceof Map<?, ?> o) {
            return OverrideMerge.mappings((Map<String, Object>) b, (Map<String, Object>) o, path);
        }
        return override == null ? base : override;
    }

    /** IPAM pools are matched by subnet: same subnet merges, a new subnet is added. */
    @SuppressWarnings("unchecked")
    static Object ipamConfig(Object base, Object override, List<String> path) throws OverrideMerge.MergeException {
        if (!(base instanceof List<?> configs) || !(override instanceof List<?> overrides)) {
            return override == null ? base : override;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object original : configs) {
            for (Object over : overrides) {
                Map<String, Object> right = mapping(original, null);
                Map<String, Object> left = mapping(over, null);
                if (!Objects.equals(left.get("subnet"), right.get("subnet"))) {
                    if (out.stream().noneMatch(m -> Objects.equals(m.get("subnet"), left.get("subnet")))) {
                        out.add(left);
                        continue;
                    }
                }
                Map<String, Object> merged = OverrideMerge.mappings(new LinkedHashMap<>(right), left, path);
                int at = indexOfSubnet(out, merged.get("subnet"));
                if (at >= 0) {
                    out.set(at, merged);
                } else {
                    out.add(merged);
                }
            }
        }
        return new ArrayList<Object>(out);
    }

    private static int indexOfSubnet(List<Map<String, Object>> list, Object subnet) {
        for (int i = 0; i < list.size(); i++) {
            if (Objects.equals(list.get(i).get("subnet"), subnet)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> buildMapping(Object value) {
        if (value instanceof String s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("context", s);
            return m;
        }
        return mapping(value, null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapping(Object value, Map<String, Object> defaults) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (value instanceof List<?> l) {
            for (Object item : l) {
                out.put(String.valueOf(item), defaults == null ? null : new LinkedHashMap<>(defaults));
            }
        }
        return out;
    }

    static List<Object> sequence(Object value) {
        List<Object> out = new ArrayList<>();
        switch (value) {
            case Map<?, ?> m -> {
                List<String> items = new ArrayList<>();
                m.forEach((k, v) -> {
                    if (v == null) {
                        items.add(String.valueOf(k));
                    } else if (v instanceof List<?> l) {
                        l.forEach(x -> items.add(k + "=" + GoText.of(x)));
                    } else {
                        items.add(k + "=" + GoText.of(v));
                    }
                });
                items.sort(null);
                out.addAll(items);
            }
            case List<?> l -> out.addAll(l);
            case String s -> out.add(s);
            case null, default -> { }
        }
        return out;
    }
}
