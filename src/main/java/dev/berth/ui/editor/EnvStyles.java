package dev.berth.ui.editor;

import java.util.ArrayList;
import java.util.List;

/** Colours for one line of an env file: comments, and the name before {@code =}. */
final class EnvStyles {
    private EnvStyles() {}

    static List<YamlStyles.Run> line(String line) {
        List<YamlStyles.Run> runs = new ArrayList<>();
        String trimmed = line.stripLeading();
        int indent = line.length() - trimmed.length();
        int eq = line.indexOf('=');
        if (trimmed.startsWith("#")) {
            runs.add(new YamlStyles.Run("", indent));
            runs.add(new YamlStyles.Run("yaml-comment", trimmed.length()));
        } else if (eq > 0) {
            runs.add(new YamlStyles.Run("yaml-key", eq));
            runs.add(new YamlStyles.Run("yaml-colon", 1));
            runs.add(new YamlStyles.Run("", line.length() - eq - 1));
        } else {
            runs.add(new YamlStyles.Run("", line.length()));
        }
        runs.removeIf(r -> r.length() == 0);
        return runs;
    }
}
