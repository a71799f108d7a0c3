package dev.berth.compose.load;

import java.util.List;

/** Matches tree paths given as segments against patterns such as {@code services.*.ports.[].target}. */
final class TreePath {
    private TreePath() {}

    /** {@code *} matches any one key or index, {@code []} any list index. */
    static boolean matches(List<String> path, String pattern) {
        return matches(path, compile(pattern));
    }

    static String[] compile(String pattern) {
        return pattern.split("\\.");
    }

    static boolean matches(List<String> path, String[] parts) {
        if (parts.length != path.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            String seg = path.get(i);
            String p = parts[i];
            boolean ok = p.equals("*") || (p.equals("[]") ? seg.startsWith("[") : p.equals(seg));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The dotted form used by the source map: {@code services.web.ports[0]}. */
    static String dotted(List<String> path) {
        StringBuilder out = new StringBuilder();
        for (String seg : path) {
            if (!seg.startsWith("[") && !out.isEmpty()) {
                out.append('.');
            }
            out.append(seg);
        }
        return out.toString();
    }
}
