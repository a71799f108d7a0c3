package dev.berth.compose.render;

import dev.berth.compose.load.canonical.DeployTypes;
import dev.berth.compose.load.canonical.ProjectTypes;
import dev.berth.compose.load.canonical.Typed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service config hash of the {@code com.docker.compose.config-hash} label: SHA-256 of the service's
 * compact JSON without the attributes that do not require recreating the container.
 */
public final class ConfigHash {
    private ConfigHash() {}

    public static String of(Map<String, Object> serviceTree) {
        Map<String, Object> s = new LinkedHashMap<>(serviceTree);
        s.remove("build");
        s.remove("pull_policy");
        s.remove("scale");
        s.remove("depends_on");
        s.remove("profiles");
        if (s.get("deploy") instanceof Map<?, ?> deploy) {
            Map<String, Object> d = new LinkedHashMap<>();
            deploy.forEach((k, v) -> d.put(String.valueOf(k), v));
            d.remove("replicas");
            s.put("deploy", d);
        }
        return sha256(JsonText.compact(ProjectTypes.serviceJson(s)));
    }

    /** The reference's network hash: SHA-256 of the network's JSON as the project holds it. */
    public static String ofNetwork(Map<String, Object> networkTree) {
        return sha256(JsonText.compact(Typed.json(networkTree, DeployTypes.NETWORK)));
    }

    /** The reference's volume hash: as for networks, with the driver "local" when none is set. */
    public static String ofVolume(Map<String, Object> volumeTree) {
        Map<String, Object> v = new LinkedHashMap<>(volumeTree);
        Object driver = v.get("driver");
        if (driver == null || String.valueOf(driver).isEmpty()) {
            v.put("driver", "local");
        }
        return sha256(JsonText.compact(Typed.json(v, DeployTypes.VOLUME)));
    }

    private static String sha256(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
