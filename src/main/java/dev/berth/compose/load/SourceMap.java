package dev.berth.compose.load;

import dev.berth.compose.model.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value of the tree came from, keyed by dotted path ({@code services.web.ports[0]}).
 * A later file's value replaces an earlier one's, so a merged value points at the file it came from.
 */
public final class SourceMap {
    private final Map<String, Location> locations = new HashMap<>();

    public void put(String path, Location location) {
        locations.put(path, location);
    }

    public void putAll(SourceMap other) {
        locations.putAll(other.locations);
    }

    /**
     * Gives the values under {@code to} the locations {@code from} has under {@code fromPath}, where this
     * map has none of its own: an extended service's attributes point into the file they came from.
     */
    public void adopt(SourceMap from, String fromPath, String to) {
        for (Map.Entry<String, Location> e : List.copyOf(from.locations.entrySet())) {
            String k = e.getKey();
            if (k.startsWith(fromPath) && (k.length() == fromPath.length() || k.charAt(fromPath.length()) == '.'
                    || k.charAt(fromPath.length()) == '[')) {
                locations.putIfAbsent(to + k.substring(fromPath.length()), e.getValue());
            }
        }
    }

    /** The location of the path, or of its nearest ancestor that has one; null when none does. */
    public Location find(String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            Location l = locations.get(p);
            if (l != null) {
                return l;
            }
            p = parent(p);
        }
        return locations.get("");
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
