package dev.berth.compose.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key order of the reference's output. Its JSON sorts the project's and each service's keys and
 * always shows command and entrypoint; its YAML follows the Go struct order at the top level.
 * Nested values keep the order canonicalization built (the Go struct order).
 */
final class KeyOrder {
    private KeyOrder() {}

    private static final List<String> YAML_TOP = List.of("name", "include", "services", "networks", "volumes",
            "secrets", "configs", "models");

    static Map<String, Object> forJson(Map<String, Object> tree) {
        Map<String, Object> out = new TreeMap<>(tree);
        if (out.get("services") instanceof Map<?, ?> services) {
            out.put("services", services(services, true));
        }
        return out;
    }

    static Map<String, Object> forYaml(Map<String, Object> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : YAML_TOP) {
            if (tree.containsKey(key)) {
                out.put(key, tree.get(key));
            }
        }
        new TreeMap<>(tree).forEach(out::putIfAbsent);
        if (out.get("services") instanceof Map<?, ?> services) {
            out.put("services", services(services, false));
        }
        return out;
    }

    private static Map<String, Object> services(Map<?, ?> services, boolean json) {
        Map<String, Object> out = new TreeMap<>();
        services.forEach((name, s) -> {
            if (s instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> service = json ? serviceJson((Map<String, Object>) m) : service((Map<String, Object>) m);
                out.put(String.valueOf(name), service);
            } else {
                out.put(String.valueOf(name), s);
            }
        });
        return out;
    }

    static Map<String, Object> service(Map<String, Object> s) {
        return new TreeMap<>(s);
    }

    private static Map<String, Object> serviceJson(Map<String, Object> s) {
        Map<String, Object> out = new TreeMap<>(s);
        out.putIfAbsent("command", null);
        out.putIfAbsent("entrypoint", null);
        return out;
    }
}
