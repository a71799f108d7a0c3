package dev.berth.engine.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caller's registry credentials as the docker config file the reference gives a {@code use_api_socket}
 * container (GetAllCredentials, then SaveToWriter): each registry as {@code auth} (user:password in base64) plus
 * email and tokens, tab-indented, keys sorted.
 */
final class ClientCredentials {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClientCredentials() {}

    static String read(Path configDirectory, Map<String, String> env) {
        StringBuilder b = new StringBuilder("{\n\t\"auths\": {");
        Map<String, RegistryCredential> all = new CredentialStore(configDirectory, env).all();
        String registrySep = "\n";
        for (Map.Entry<String, RegistryCredential> r : all.entrySet()) {
            b.append(registrySep).append("\t\t").append(quote(r.getKey())).append(": {");
            Map<String, String> fields = saved(r.getValue());
            String fieldSep = "\n";
            for (Map.Entry<String, String> f : fields.entrySet()) {
                b.append(fieldSep).append("\t\t\t").append(quote(f.getKey())).append(": ").append(quote(f.getValue()));
                fieldSep = ",\n";
            }
            b.append(fields.isEmpty() ? "}" : "\n\t\t}");
            registrySep = ",\n";
        }
        return b.append(all.isEmpty() ? "}" : "\n\t}").append("\n}").toString();
    }

    /** What SaveToWriter keeps of an entry: user and password folded into auth, the server address dropped. */
    private static Map<String, String> saved(RegistryCredential c) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!c.user().isEmpty() || !c.password().isEmpty()) {
            out.put("auth", Base64.getEncoder().encodeToString((c.user() + ":" + c.password())
                    .getBytes(StandardCharsets.UTF_8)));
        }
        out.put("email", c.email());
        out.put("identitytoken", c.identityToken());
        out.put("registrytoken", c.registryToken());
        out.values().removeIf(String::isEmpty);
        return out;
    }

    /** A JSON string as Go writes it (HTML-safe). */
    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
