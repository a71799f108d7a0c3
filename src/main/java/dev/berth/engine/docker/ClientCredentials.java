package dev.berth.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The caller's registry credentials as the docker config file the reference gives a {@code use_api_socket}
 * container (its GetAllCredentials, then SaveToWriter): the default store's credentials (the {@code credsStore}
 * helper's, or else the file's own {@code auths}), overridden per registry by {@code credHelpers}; each written
 * as {@code auth} (user:password in base64) plus email and tokens, tab-indented. A missing or unreadable file
 * gives no credentials; a failing {@code credsStore} helper fails, a failing per-registry helper is skipped.
 */
final class ClientCredentials {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN_USER = "<token>";

    private ClientCredentials() {}

    static String read(Path configDirectory, Map<String, String> env) {
        JsonNode file = config(configDirectory);
        JsonNode fileAuths = file.path("auths");
        Map<String, Map<String, String>> auths = new TreeMap<>();
        String store = file.path("credsStore").asText("");
        if (store.isEmpty()) {
            fileAuths.fields().forEachRemaining(e -> auths.put(e.getKey(), fromFile(e.getValue())));
        } else {
            CredentialHelper helper = new CredentialHelper(store, env);
            for (String server : helper.servers()) {
                auths.put(server, fromHelper(helper.get(server), fileAuths.path(server)));
            }
        }
        file.path("credHelpers").fields().forEachRemaining(e -> {
            try {
                String[] creds = new CredentialHelper(e.getValue().asText(), env).get(e.getKey());
                auths.put(e.getKey(), fromHelper(creds, fileAuths.path(e.getKey())));
            } catch (RuntimeException skipped) {
                // as the reference: a registry whose own helper fails is left out, the rest still given
            }
        });
        return write(auths);
    }

    private static JsonNode config(Path configDirectory) {
        Path file = configDirectory == null ? null : configDirectory.resolve("config.json");
        try {
            return file != null && Files.isReadable(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
        } catch (IOException | RuntimeException unreadable) {
            return JSON.createObjectNode(); // the docker CLI warns and goes on with an empty config
        }
    }

    private static Map<String, String> fromFile(JsonNode entry) {
        String user = entry.path("username").asText("");
        String password = entry.path("password").asText("");
        String auth = entry.path("auth").asText("");
        if (!auth.isEmpty()) {
            String decoded = new String(Base64.getDecoder().decode(auth.strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            user = colon < 0 ? decoded : decoded.substring(0, colon);
            password = colon < 0 ? "" : decoded.substring(colon + 1);
        }
        return entry(user, password, entry.path("email").asText(""), entry.path("identitytoken").asText(""),
                entry.path("registrytoken").asText(""));
    }

    private static Map<String, String> fromHelper(String[] creds, JsonNode fileEntry) {
        boolean token = TOKEN_USER.equals(creds[0]);
        return entry(token ? "" : creds[0], token ? "" : creds[1], fileEntry.path("email").asText(""),
                token ? creds[1] : "", "");
    }

    private static Map<String, String> entry(String user, String password, String email, String identityToken,
                                             String registryToken) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!user.isEmpty() || !password.isEmpty()) {
            out.put("auth", Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        out.put("email", email);
        out.put("identitytoken", identityToken);
        out.put("registrytoken", registryToken);
        out.values().removeIf(String::isEmpty);
        return out;
    }

    /** As Go's json.MarshalIndent(config, "", "\t") writes a config holding only auths. */
    private static String write(Map<String, Map<String, String>> auths) {
        StringBuilder b = new StringBuilder("{\n\t\"auths\": {");
        String registrySep = "\n";
        for (Map.Entry<String, Map<String, String>> r : auths.entrySet()) {
            b.append(registrySep).append("\t\t").append(quote(r.getKey())).append(": {");
            String fieldSep = "\n";
            for (Map.Entry<String, String> f : r.getValue().entrySet()) {
                b.append(fieldSep).append("\t\t\t").append(quote(f.getKey())).append(": ").append(quote(f.getValue()));
                fieldSep = ",\n";
            }
            b.append(r.getValue().isEmpty() ? "}" : "\n\t\t}");
            registrySep = ",\n";
        }
        return b.append(auths.isEmpty() ? "}" : "\n\t}").append("\n}").toString();
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
