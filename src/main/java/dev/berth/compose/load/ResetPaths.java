package dev.berth.compose.load;

import java.util.List;
import java.util.Map;

/** Clears what earlier files set at the paths a file tagged {@code !reset} or {@code !override}. */
final class ResetPaths {
    private ResetPaths() {}

    static void apply(Map<String, Object> tree, List<String> paths) {
        for (String path : paths) {
            remove(tree, path.split("\\."));
        }
    }

    @SuppressWarnings("unchecked")
    private static void remove(Map<String, Object> tree, String[] keys) {
        Map<String, Object> at = tree;
        for (int i = 0; i < keys.length - 1; i++) {
            if (!(at.get(keys[i]) instanceof Map<?, ?> next)) {
                return;
            }
            at = (Map<String, Object>) next;
        }
        at.remove(keys[keys.length - 1]);
    }
}
