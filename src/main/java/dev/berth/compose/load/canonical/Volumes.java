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

    static void project(List<Object> volumes, LoadContext ctx, String path, Shape shape) {
        if (volumes == null) {
            return;
        }
        for (int i = 0; i < volumes.size(); i++) {
            Map<String, Object> m = Trees.map(volumes.get(i));
            if (m == null) {
                continue;
            }
            if (m.get("target") == null) {
                shape.problem(path + "[" + i + "]", "volume is missing a mount target", "add 'target: <path in container>'");
            }
            if ("bind".equals(m.get("type")) && m.get("source") instanceof String source && ctx.resolvePaths()) {
                m.put("source", Paths.absolute(source, ctx));
            }
        }
    }
}
