package dev.berth.compose.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the relative paths of one service absolute against a directory. Used for services taken
 * from another file by {@code extends}, whose paths are relative to that file, not to the project.
 */
final class ServicePaths {
    private ServicePaths() {}

    static Object absolute(Object service, Path dir, String home) {
        Map<String, Object> s = Trees.map(service);
        if (s == null) {
            return service;
        }
        if (s.get("build") instanceof String b) {
            s.put("build", local(b) ? resolve(b, dir, home) : b);
        } else if (Trees.map(s.get("build")) != null) {
            Map<String, Object> b = Trees.map(s.get("build"));
            if (b.get("context") instanceof String c && local(c)) {
                b.put("context", resolve(c, dir, home));
            }
        }
        s.computeIfPresent("env_file", (k, v) -> envFiles(v, dir, home));
        s.computeIfPresent("label_file", (k, v) -> envFiles(v, dir, home));
        if (s.get("volumes") instanceof List<?> vols) {
            List<Object> out = new ArrayList<>();
            for (Object v : vols) {
                out.add(volume(v, dir, home));
            }
            s.put("volumes", out);
        }
        return s;
    }

    private static Object envFiles(Object v, Path dir, String home) {
        if (v instanceof String s) {
            return resolve(s, dir, home);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object e : l) {
                Map<String, Object> m = Trees.map(e);
                if (m != null && m.get("path") instanceof String p) {
                    m.put("path", resolve(p, dir, home));
                    out.add(m);
                } else {
                    out.add(e instanceof String s ? resolve(s, dir, home) : e);
                }
            }
            return out;
        }
        return v;
    }

    private static Object volume(Object v, Path dir, String home) {
        if (v instanceof String s) {
            int colon = s.indexOf(':');
            String source = colon < 0 ? s : s.substring(0, colon);
            if (colon > 0 && (source.startsWith(".") || source.startsWith("~"))) {
                return resolve(source, dir, home) + s.substring(colon);
            }
            return s;
        }
        Map<String, Object> m = Trees.map(v);
        if (m != null && "bind".equals(m.get("type")) && m.get("source") instanceof String src && !src.startsWith("/")) {
            m.put("source", resolve(src, dir, home));
        }
        return v;
    }

    private static boolean local(String p) {
        return !p.contains("://") && !p.startsWith("git@") && !p.endsWith(".git") && !p.contains(".git#");
    }

    static String resolve(String p, Path dir, String home) {
        String path = p.equals("~") || p.startsWith("~/") ? home + p.substring(1) : p;
        return path.startsWith("/") ? Path.of(path).normalize().toString() : dir.resolve(path).normalize().toString();
    }
}
