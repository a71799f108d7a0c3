package dev.berth.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.engine.EngineException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The engine a caller's Docker CLI settings point at, resolved as the docker CLI does: DOCKER_HOST; else the context
 * DOCKER_CONTEXT names, else the config file's {@code currentContext}; "default" (or none) is the local socket. A
 * context's endpoint is in {@code $DOCKER_CONFIG/contexts/meta/<sha256 of its name>/meta.json} (DOCKER_CONFIG
 * defaulting to {@code $HOME/.docker}). Everything comes from the caller's environment.
 */
final class DockerEndpoint {
    private DockerEndpoint() {}

    static String host(Map<String, String> env) {
        String host = env.get("DOCKER_HOST");
        if (host != null && !host.isBlank()) {
            return host;
        }
        Path config = configDirectory(env);
        String context = env.get("DOCKER_CONTEXT");
        if (context == null || context.isBlank()) {
            context = currentContext(config);
        }
        return context == null || context.isBlank() || context.equals("default")
                ? DockerConnection.DEFAULT_HOST : contextHost(config, context);
    }

    static Path configDirectory(Map<String, String> env) {
        String config = env.get("DOCKER_CONFIG");
        if (config != null && !config.isBlank()) {
            return Path.of(config);
        }
        String home = env.get("HOME");
        // a caller without HOME: the user's own home (the daemon serves only its own user)
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".docker");
    }

    /** The config file's current context, or null when there is no readable config file. */
    private static String currentContext(Path config) {
        Path file = config.resolve("config.json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode current = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8))
                    .path("currentContext");
            return current.isTextual() ? current.asText() : null;
        } catch (IOException e) {
            return null; // the docker CLI goes on with a broken config file too, as if it had none
        }
    }

    private static String contextHost(Path config, String context) {
        Path meta = config.resolve("contexts").resolve("meta").resolve(sha256(context)).resolve("meta.json");
        try {
            JsonNode host = new ObjectMapper().readTree(Files.readString(meta, StandardCharsets.UTF_8))
                    .path("Endpoints").path("docker").path("Host");
            if (host.isTextual() && !host.asText().isBlank()) {
                return host.asText();
            }
            return DockerConnection.DEFAULT_HOST;
        } catch (NoSuchFileException e) {
            throw new EngineException(EngineException.Reason.UNREACHABLE, "unable to resolve docker endpoint: context \""
                    + context + "\": context not found: open " + meta + ": no such file or directory");
        } catch (IOException e) {
            throw new EngineException(EngineException.Reason.UNREACHABLE, "unable to resolve docker endpoint: context \""
                    + context + "\": " + e.getMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
