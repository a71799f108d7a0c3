package dev.berth.compose.load.canonical;

import java.nio.file.Path;

/** Path resolution as compose does it: {@code ~} is the home directory, relative is against the project directory. */
final class Paths {
    private Paths() {}

    /** Go's path.Clean for a container path: no trailing slash, no "." or ".." segments. */
    static String clean(String path) {
        if (path.isEmpty() || !path.startsWith("/")) {
            return path;
        }
        String cleaned = Path.of(path).normalize().toString();
        return cleaned.isEmpty() ? "/" : cleaned;
    }

    static String absolute(String path, LoadContext ctx) {
        return absolute(path, ctx.projectDirectory(), ctx);
    }

    static String absolute(String path, Path base, LoadContext ctx) {
        String p = path;
        if (p.equals("~") || p.startsWith("~/")) {
            p = ctx.home() + p.substring(1);
        }
        boolean windowsAbsolute = p.length() > 1 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':'
                || p.startsWith("\\\\");
        if (p.startsWith("/") || windowsAbsolute || base == null) {
            return p;
        }
        return base.resolve(p).normalize().toString();
    }
}
