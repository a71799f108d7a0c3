package dev.berth.compose.render;

import dev.berth.compose.load.canonical.ProjectTypes;
import java.util.Map;

/**
 * Prints a canonical project tree as {@code docker compose config --format json|yaml} does. After
 * interpolation the reference escapes every '$' as "$$" so that its output can be loaded again.
 */
public final class ConfigRenderer {
    private ConfigRenderer() {}

    public static String json(Map<String, Object> tree) {
        return json(tree, true);
    }

    public static String yaml(Map<String, Object> tree) {
        return yaml(tree, true);
    }

    public static String json(Map<String, Object> tree, boolean escapeDollars) {
        String text = JsonText.pretty(KeyOrder.forJson(ProjectTypes.json(tree)));
        return escapeDollars ? text.replace("$", "$$") : text;
    }

    public static String yaml(Map<String, Object> tree, boolean escapeDollars) {
        String text = YamlText.write(KeyOrder.forYaml(UsedModels.only(tree)));
        return escapeDollars ? text.replace("$", "$$") : text;
    }
}
