package dev.berth.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The caller's registry credentials as a docker config file holding only {@code auths}, which the reference
 * gives a {@code use_api_socket} container. Credential helpers are not asked; a missing or unreadable file
 * gives no credentials.
 */
final class ClientCredentials {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClientCredentials() {}

    static String read(Path configDirectory) {
        ObjectNode out = JSON.createObjectNode();
        ObjectNode auths = out.putObject("auths");
        if (configDirectory != null) {
            Path file = configDirectory.resolve("config.json");
            try {
                JsonNode given = Files.isReadable(file) ? JSON.readTree(file.toFile()).path("auths") : null;
                if (given != null && given.isObject()) {
                    auths.setAll((ObjectNode) given);
                }
            } catch (IOException | RuntimeException unreadable) {
                // no credentials rather than a failed up: the reference's own reader would refuse the file too
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
