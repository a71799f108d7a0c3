package dev.berth.compose.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The top-level key order of the reference's output: its JSON sorts the project's keys, its YAML
 * follows the Go struct (name, services, networks, …) with extensions last. Below the top level the
 * canonical tree is already in Go field order with sorted maps.
 */
final class KeyOrder {
    private KeyOrder() {}

    private static final List<String> YAML_TOP = List.of("name", "include", "services", "networks", "volumes",
            "secrets", "configs", "models");

    static Map<String, Object> forJson(Map<String, Object> tree) {
        return new TreeMap<>(tree);
    }

    static Map<String, Object> forYaml(Map<String, Object> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : YAML_TOP) {
            if (tree.containsKey(key)) {
                out.put(key, tree.get(key));
            }
        }
        new TreeMap<>(tree).forEach(out::putIfAbsent);
        return out;
    }
}
