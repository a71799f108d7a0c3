package dev.berth.compose.render;

import java.util.Map;

/** Prints a canonical project tree as {@code docker compose config --format json|yaml} does. */
public final class ConfigRenderer {
    private ConfigRenderer() {}

    public static String json(Map<String, Object> tree) {
        return JsonText.pretty(KeyOrder.forJson(tree));
    }

    public static String yaml(Map<String, Object> tree) {
        return YamlText.write(KeyOrder.forYaml(tree));
    }
}
