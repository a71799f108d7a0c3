package dev.berth.compose.load.canonical;

import java.util.Map;

/** services.*.build: a string is the context; the context becomes absolute unless it is a URL. */
final class BuildShape {
    private BuildShape() {}

    static Map<String, Object> file(Object value) {
        if (value instanceof String context) {
            Map<String, Object> m = Trees.newMap();
            m.put("context", context);
            return m;
        }
        Map<String, Object> m = Trees.map(value);
        if (m != null) {
            for (String key : new String[] {"args", "labels", "additional_contexts"}) {
                ServiceShape.replace(m, key, KeyValues.file(m.get(key)));
            }
        }
        return null;
    }

    static void project(Map<String, Object> build, LoadContext ctx) {
        if (build == null) {
            return;
        }
        Object context = build.get("context");
        String c = context == null ? "." : Trees.text(context);
        if (ctx.resolvePaths() && !isRemote(c)) {
            c = Paths.absolute(c, ctx);
        }
        build.put("context", c);
        if (build.get("dockerfile") == null && build.get("dockerfile_inline") == null) {
            build.put("dockerfile", "Dockerfile");
        }
        Map<String, Object> args = Trees.map(build, "args");
        if (args != null) {
            // an argument with no value takes the environment's, and is dropped when there is none
            args.replaceAll((k, v) -> v != null ? v : ctx.environment().get(k));
            args.values().removeIf(java.util.Objects::isNull);
        }
        Map<String, Object> contexts = Trees.map(build, "additional_contexts");
        if (contexts != null && ctx.resolvePaths()) {
            contexts.replaceAll((k, v) -> v instanceof String s && !isRemote(s) && !s.contains(":")
                    ? Paths.absolute(s, ctx) : v);
        }
    }

    static boolean isRemote(String context) {
        return context.contains("://") || context.startsWith("git@") || context.startsWith("github.com/")
                || context.endsWith(".git") || context.contains(".git#");
    }
}
