package dev.berth.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * --with-registry-auth: the caller's credentials for an image's registry, from the {@code auths} of their docker
 * config.json (DOCKER_CONFIG, else ~/.docker), encoded as the X-Registry-Auth header. Credential helpers are not asked.
 */
public record RegistryAuth(Map<String, String> environment) {

    /** The header value for {@code image}, or null when the caller has no credentials for its registry. */
    public String forImage(String image) {
        String registry = registry(unpinned(image));
        JsonNode auths = config().path("auths");
        JsonNode entry = auths.path(registry);
        if (entry.isMissingNode() && registry.equals("docker.io")) {
            entry = auths.path("https://index.docker.io/v1/");
        }
        String encoded = entry.path("auth").asText("");
        if (encoded.isEmpty()) {
            return null;
        }
        String[] userPass = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8).split(":", 2);
        Map<String, String> header = new LinkedHashMap<>();
        header.put("username", userPass[0]);
        header.put("password", userPass.length > 1 ? userPass[1] : "");
        header.put("serveraddress", registry);
        try {
            return Base64.getUrlEncoder().encodeToString(new ObjectMapper().writeValueAsBytes(header));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The registry host of an image reference: its first part when that has a dot, a colon or is localhost. */
    static String registry(String image) {
        int slash = image.indexOf('/');
        String first = slash < 0 ? "" : image.substring(0, slash);
        return first.contains(".") || first.contains(":") || first.equals("localhost") ? first : "docker.io";
    }

    static String unpinned(String image) {
        int at = image.indexOf('@');
        return at < 0 ? image : image.substring(0, at);
    }

    private JsonNode config() {
        String dir = environment.get("DOCKER_CONFIG");
        Path file = dir != null ? Path.of(dir, "config.json") : Path.of(environment.getOrDefault("HOME", "/root"), ".docker", "config.json");
        try {
            return Files.isReadable(file) ? new ObjectMapper().readTree(file.toFile()) : new ObjectMapper().createObjectNode();
        } catch (IOException e) {
            throw new StackException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
