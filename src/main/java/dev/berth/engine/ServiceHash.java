package dev.berth.engine;

import dev.berth.compose.model.Service;
import dev.berth.compose.render.ConfigHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The config hash of a service (the reference's {@code config-hash} label) and a fingerprint per attribute path,
 * kept in {@link ConfigFingerprints} so a recreate can say which attribute changed. Fingerprints are hashes: no
 * value (a password in the environment) is ever written down.
 */
public final class ServiceHash {
    private static final Set<String> IGNORED = Set.of("build", "pull_policy", "scale", "depends_on", "profiles");

    private ServiceHash() {}

    public static String of(Service s) {
        if (!s.tree().isEmpty()) {
            return ConfigHash.of(s.tree());
        }
        // Hand-built services (tests) have no tree: hash what the record says instead.
        return sha(s.toString());
    }

    /** "path=fingerprint" lines, sorted. */
    public static String configJson(Service s) {
        Map<String, String> flat = new TreeMap<>();
        Map<String, Object> tree = s.tree().isEmpty() ? Map.of("record", s.toString()) : s.tree();
        tree.forEach((k, v) -> {
            if (!IGNORED.contains(k)) {
                flatten(k, v, flat);
            }
        });
        StringBuilder out = new StringBuilder();
        flat.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    /** The attribute paths that differ between an old label and the service now, sorted; empty when unknown. */
    public static List<String> changedPaths(String oldLabel, Service s) {
        if (oldLabel == null || oldLabel.isEmpty()) {
            return List.of();
        }
        Set<String> before = new TreeSet<>(List.of(oldLabel.split("\n")));
        Set<String> now = new TreeSet<>(List.of(configJson(s).split("\n")));
        Set<String> paths = new TreeSet<>();
        for (String line : before) {
            if (!now.contains(line)) {
                paths.add(line.substring(0, line.lastIndexOf('=')));
            }
        }
        for (String line : now) {
            if (!before.contains(line)) {
                paths.add(line.substring(0, line.lastIndexOf('=')));
            }
        }
        return new ArrayList<>(paths);
    }

    private static void flatten(String path, Object v, Map<String, String> out) {
        if (v instanceof Map<?, ?> map) {
            map.forEach((k, x) -> flatten(path + "." + k, x, out));
        } else if (v instanceof List<?> list) {
            // Lists compare whole: an element moving is a change of the list.
            out.put(path, sha(String.valueOf(list)).substring(0, 12));
        } else {
            out.put(path, sha(String.valueOf(v)).substring(0, 12));
        }
    }

    static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
