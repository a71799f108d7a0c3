package dev.berth.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The caller's registry credentials as the docker CLI's config file gives them: the file's {@code auths}, or the
 * {@code credsStore} helper's, with per-registry {@code credHelpers} taking precedence. A missing or unreadable
 * config file holds none (the CLI warns and goes on with an empty one).
 */
final class CredentialStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN_USER = "<token>";
    private static final String DOCKER_HUB_KEY = "https://index.docker.io/v1/";

    private final JsonNode file;
    private final Map<String, String> env;

    CredentialStore(Path configDirectory, Map<String, String> env) {
        this.file = config(configDirectory);
        this.env = env;
    }

    /** The config key of an image's registry (GetAuthConfigKey of its domain). */
    static String key(String image) {
        String name = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = name.indexOf('/');
        String first = slash < 0 ? "" : name.substring(0, slash);
        boolean hasRegistry = first.contains(".") || first.contains(":") || first.equals("localhost");
        String domain = hasRegistry ? first : "docker.io";
        return domain.equals("docker.io") || domain.equals("index.docker.io") ? DOCKER_HUB_KEY : domain;
    }

    /** Every registry's credentials (GetAllCredentials); a failing per-registry helper is left out. */
    Map<String, RegistryCredential> all() {
        Map<String, RegistryCredential> out = new TreeMap<>();
        String store = file.path("credsStore").asText("");
        if (store.isEmpty()) {
            file.path("auths").fields().forEachRemaining(e -> out.put(e.getKey(), fromFile(e.getKey(), e.getValue())));
        } else {
            CredentialHelper helper = new CredentialHelper(store, env);
            for (String server : helper.servers()) {
                out.put(server, fromHelper(helper.get(server), server, fileEntry(server)));
            }
        }
        for (Iterator<String> it = file.path("credHelpers").fieldNames(); it.hasNext(); ) {
            String registry = it.next();
            try {
                out.put(registry, forRegistry(registry));
            } catch (RuntimeException skipped) {
                // as the reference: a registry whose own helper fails is left out, the rest still given
            }
        }
        return out;
    }

    /** One registry's credentials (GetAuthConfig): its own helper, else the store's, else the file's entry. */
    RegistryCredential forRegistry(String key) {
        String helper = file.path("credHelpers").path(key).asText("");
        if (helper.isEmpty()) {
            helper = file.path("credsStore").asText("");
        }
        if (helper.isEmpty()) {
            return fileEntry(key);
        }
        String[] creds = new CredentialHelper(helper, env).getIfAny(key);
        return creds == null ? fileEntry(key) : fromHelper(creds, key, fileEntry(key));
    }

    /** The file's entry for a key, also under an older spelling with a scheme or a path. */
    private RegistryCredential fileEntry(String key) {
        JsonNode auths = file.path("auths");
        if (auths.has(key)) {
            return fromFile(key, auths.get(key));
        }
        for (Iterator<String> it = auths.fieldNames(); it.hasNext(); ) {
            String written = it.next();
            if (hostname(written).equals(key)) {
                return fromFile(written, auths.get(written));
            }
        }
        return RegistryCredential.NONE;
    }

    private static String hostname(String url) {
        String rest = url.replaceFirst("^https?://", "");
        return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    }

    private static RegistryCredential fromFile(String server, JsonNode entry) {
        String user = entry.path("username").asText("");
        String password = entry.path("password").asText("");
        String auth = entry.path("auth").asText("");
        if (!auth.isEmpty()) {
            String decoded = new String(Base64.getDecoder().decode(auth.strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            user = colon < 0 ? decoded : decoded.substring(0, colon);
            password = colon < 0 ? "" : decoded.substring(colon + 1);
        }
        return new RegistryCredential(user, password, entry.path("email").asText(""), server,
                entry.path("identitytoken").asText(""), entry.path("registrytoken").asText(""));
    }

    private static RegistryCredential fromHelper(String[] creds, String server, RegistryCredential fromFile) {
        boolean token = TOKEN_USER.equals(creds[0]);
        return new RegistryCredential(token ? "" : creds[0], token ? "" : creds[1], fromFile.email(), server,
                token ? creds[1] : "", "");
    }

    private static JsonNode config(Path configDirectory) {
        Path file = configDirectory == null ? null : configDirectory.resolve("config.json");
        try {
            return file != null && Files.isReadable(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
        } catch (IOException | RuntimeException unreadable) {
            return JSON.createObjectNode();
        }
    }
}
