package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/** services.*.volumes: short syntax {@code SRC:DST[:OPTS]} into long form; bind sources become absolute. */
final class Volumes {
    private Volumes() {}

    static List<Object> file(Object value, String path, Shape shape) {
        List<Object> in = Trees.list(value);
        if (in == null) {
            return null;
        }
        List<Object> out = Trees.newList();
        for (int i = 0; i < in.size(); i++) {
            Object entry = in.get(i);
            if (entry instanceof String spec) {
                try {
                    out.add(ShortVolume.parse(spec));
                } catch (IllegalArgumentException e) {
                    shape.problem(path + "[" + i + "]", e.getMessage());
                }
            } else {
                out.add(entry);
            }
        }
        return out;
    }

    static void project(List<Object> volumes, LoadContext ctx) {
        if (volumes == null) {
            return;
        }
        for (Object v : volumes) {
            Map<String, Object> m = Trees.map(v);
            if (m == null) {
                continue;
            }
            if ("bind".equals(m.get("type")) && m.get("source") instanceof String source && ctx.resolvePaths()) {
                m.put("source", Paths.absolute(source, ctx));
            }
        }
    }
}
