package dev.berth.compose.load.canonical;

import java.util.Map;
import java.util.Set;

/**
 * Parses {@code [SOURCE:]TARGET[:OPTIONS]} as compose does: sections split on ':' except inside ${...}
 * and after a single drive letter ("C:\x"); a source that looks like a path makes a bind mount.
 */
final class ShortVolume {
    private ShortVolume() {}

    private static final Set<String> BIND_OPTIONS = Set.of("rprivate", "private", "rshared", "shared", "rslave",
            "slave", "z", "Z");

    static Map<String, Object> parse(String spec) {
        Map<String, Object> m = Trees.newMap();
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("invalid empty volume spec");
        }
        if (spec.length() <= 2) {
            m.put("type", "volume");
            m.put("target", spec);
            return m;
        }
        String[] sections = new String[3];
        int count = 0;
        StringBuilder buffer = new StringBuilder();
        int depth = 0;
        for (int i = 0; i <= spec.length(); i++) {
            char c = i < spec.length() ? spec.charAt(i) : 0;
            boolean end = i == spec.length();
            if (c == '$' && i + 1 < spec.length() && spec.charAt(i + 1) == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if ((c == ':' && depth == 0 && !driveLetter(buffer)) || end) {
                if (buffer.isEmpty()) {
                    throw invalid(spec, "empty section between colons");
                }
                if (count == 3) {
                    throw invalid(spec, "too many colons");
                }
                sections[count++] = buffer.toString();
                buffer.setLength(0);
                continue;
            }
            buffer.append(c);
        }
        return build(count == 1 ? null : sections[0], count == 1 ? sections[0] : sections[1],
                count == 3 ? sections[2] : null, m);
    }

    private static Map<String, Object> build(String source, String target, String options, Map<String, Object> m) {
        boolean bind = source != null && isPath(source);
        m.put("type", bind ? "bind" : "volume");
        if (source != null) {
            m.put("source", source);
        }
        m.put("target", Paths.clean(target));
        Map<String, Object> bindOpts = Trees.newMap();
        Map<String, Object> volumeOpts = Trees.newMap();
        boolean readOnly = false;
        boolean anyBindOption = false;
        for (String option : options == null ? new String[0] : options.split(",")) {
            switch (option) {
                case "ro" -> readOnly = true;
                case "rw" -> readOnly = false;
                case "nocopy" -> volumeOpts.put("nocopy", true);
                default -> {
                    if (BIND_OPTIONS.contains(option)) {
                        bindOpts.put(option.equalsIgnoreCase("z") ? "selinux" : "propagation", option);
                        anyBindOption = true;
                    }
                }
            }
        }
        if (readOnly) {
            m.put("read_only", true);
        }
        if (bind) {
            bindOpts.put("create_host_path", true);
        }
        if (bind || anyBindOption) {
            m.put("bind", bindOpts);
        }
        if (!bind || !volumeOpts.isEmpty()) {
            m.put("volume", volumeOpts);
        }
        return m;
    }

    private static boolean driveLetter(StringBuilder buffer) {
        return buffer.length() == 1 && Character.isLetter(buffer.charAt(0));
    }

    private static IllegalArgumentException invalid(String spec, String why) {
        return new IllegalArgumentException("invalid spec: " + spec + ": " + why);
    }

    static boolean isPath(String source) {
        if (source.startsWith(".") || source.startsWith("/") || source.startsWith("~") || source.startsWith("\\\\")) {
            return true;
        }
        return source.length() > 1 && Character.isLetter(source.charAt(0)) && source.charAt(1) == ':';
    }
}
