package dev.berth.compose.load.canonical;

import java.nio.file.Path;

/** Path resolution as compose does it: {@code ~} is the home directory, relative is against the project directory. */
final class Paths {
    private Paths() {}

    static String absolute(String path, LoadContext ctx) {
        return absolute(path, ctx.projectDirectory(), ctx);
    }

    static String absolute(String path, Path base, LoadContext ctx) {
        String p = path;
        if (p.equals("~") || p.startsWith("~/")) {
            p = ctx.home() + p.substring(1);
        }
        if (p.startsWith("/") || base == null) {
            return Path.of(p).normalize().toString();
        }
        return base.resolve(p).normalize().toString();
    }
}
