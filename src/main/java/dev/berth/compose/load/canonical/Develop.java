package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/** services.*.develop: watch paths become absolute. */
final class Develop {
    private Develop() {}

    static void project(Map<String, Object> develop, LoadContext ctx) {
        List<Object> watch = Trees.list(develop, "watch");
        if (watch == null || !ctx.resolvePaths()) {
            return;
        }
        for (Object item : watch) {
            Map<String, Object> w = Trees.map(item);
            if (w != null && w.get("path") instanceof String path) {
                w.put("path", Paths.absolute(path, ctx));
            }
        }
    }
}
