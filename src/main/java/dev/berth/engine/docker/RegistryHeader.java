package dev.berth.engine.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The X-Registry-Auth header a docker client sends for an image (RetrieveAuthTokenFromImage): the caller's
 * credentials for its registry, from the config file or its credential helpers, as base64url JSON.
 */
public final class RegistryHeader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryHeader() {}

    /** For each image, the header value, or null when the caller has no credentials for its registry. */
    public static Function<String, String> forCaller(Map<String, String> callerEnv) {
        return image -> encoded(callerEnv, image);
    }

    static String encoded(Map<String, String> callerEnv, String image) {
        String key = CredentialStore.key(image);
        RegistryCredential c = new CredentialStore(DockerEndpoint.configDirectory(callerEnv), callerEnv)
                .forRegistry(key);
        if (c.isEmpty()) {
            return null;
        }
        Map<String, String> header = new LinkedHashMap<>();
        header.put("username", c.user());
        header.put("password", c.password());
        header.put("email", c.email());
        header.put("serveraddress", c.serverAddress().isEmpty() ? key : c.serverAddress());
        header.put("identitytoken", c.identityToken());
        header.put("registrytoken", c.registryToken());
        header.values().removeIf(String::isEmpty);
        try {
            return Base64.getUrlEncoder().encodeToString(JSON.writeValueAsBytes(header));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
