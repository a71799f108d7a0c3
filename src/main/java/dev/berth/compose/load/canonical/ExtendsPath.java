package dev.berth.compose.load.canonical;

import java.util.Map;

/** services.*.extends.file is printed as an absolute path. */
final class ExtendsPath {
    private ExtendsPath() {}

    static void project(Map<String, Object> ext, LoadContext ctx) {
        if (ext != null && ext.get("file") instanceof String file && ctx.resolvePaths()) {
            ext.put("file", Paths.absolute(file, ctx));
        }
    }
}
