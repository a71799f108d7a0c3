package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/** services.*.networks: a list of names becomes a mapping of name to null (no options). */
final class NetworksShape {
    private NetworksShape() {}

    static Map<String, Object> file(Object value) {
        List<Object> names = Trees.list(value);
        if (names == null) {
            return null;
        }
        Map<String, Object> out = Trees.newMap();
        for (Object n : names) {
            out.put(Trees.text(n), null);
        }
        return out;
    }
}
