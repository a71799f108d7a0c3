package dev.berth.compose.load.canonical;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses {@code [SOURCE:]TARGET[:OPTIONS]} as compose does. */
final class ShortVolume {
    private ShortVolume() {}

    static Map<String, Object> parse(String spec) {
        List<String> parts = split(spec);
        Map<String, Object> m = Trees.newMap();
        if (parts.isEmpty() || parts.size() > 3 || spec.isEmpty()) {
            throw new IllegalArgumentException("invalid volume specification: '" + spec + "'");
        }
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("invalid spec: " + spec + ": empty section between colons");
        }
        if (parts.size() == 1) {
            m.put("type", "volume");
            m.put("target", Paths.clean(parts.get(0)));
            m.put("volume", Trees.newMap());
            return m;
        }
        String source = parts.get(0);
        boolean bind = isPath(source);
        m.put("type", bind ? "bind" : "volume");
        m.put("source", source);
        m.put("target", Paths.clean(parts.get(1)));
        Map<String, Object> bindOpts = Trees.newMap();
        Map<String, Object> volumeOpts = Trees.newMap();
        if (parts.size() == 3) {
            for (String option : parts.get(2).split(",")) {
                switch (option) {
                    case "ro" -> m.put("read_only", true);
                    case "rw" -> m.put("read_only", false);
                    case "nocopy" -> volumeOpts.put("nocopy", true);
                    case "z", "Z" -> bindOpts.put("selinux", option);
                    case "shared", "rshared", "slave", "rslave", "private", "rprivate" ->
                            bindOpts.put("propagation", option);
                    default -> { }
                }
            }
        }
        if (m.remove("read_only") instanceof Boolean ro && ro) {
            m.put("read_only", true);
        }
        if (bind) {
            Map<String, Object> b = Trees.newMap();
            if (bindOpts.containsKey("propagation")) {
                b.put("propagation", bindOpts.get("propagation"));
            }
            b.put("create_host_path", true);
            if (bindOpts.containsKey("selinux")) {
                b.put("selinux", bindOpts.get("selinux"));
            }
            m.put("bind", b);
        } else {
            m.put("volume", volumeOpts);
        }
        return m;
    }

    static boolean isPath(String source) {
        return source.startsWith("/") || source.startsWith(".") || source.startsWith("~")
                || source.startsWith("\\") || (source.length() > 1 && source.charAt(1) == ':');
    }

    /** Splits on ':' but keeps a Windows drive letter ("C:\x") with its path. */
    private static List<String> split(String spec) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < spec.length(); i++) {
            if (spec.charAt(i) == ':' && !(i == start + 1 && Character.isLetter(spec.charAt(start))
                    && i + 1 < spec.length() && (spec.charAt(i + 1) == '\\' || spec.charAt(i + 1) == '/'))) {
                parts.add(spec.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(spec.substring(start));
        return parts;
    }
}
