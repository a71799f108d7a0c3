package dev.berth.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import dev.berth.engine.EngineException;
import dev.berth.engine.EngineException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Engine API calls docker-java 3.7 does not offer in the form needed (a path's stat header, commit changes,
 * volume scope): plain requests on the client's own transport, versioned like its other calls.
 */
final class RawCalls {
    static final ObjectMapper JSON = new ObjectMapper();
    private final DockerHttpClient http;
    private final String version;
    private final String host;

    RawCalls(DockerHttpClient http, String apiVersion, String host) {
        this.http = http;
        this.version = "/v" + apiVersion;
        this.host = host;
    }

    /** Sends the request; a status of 400 or more becomes an {@link EngineException} with the engine's message. */
    Response send(Request.Method method, String path, InputStream body, String contentType) {
        return send(method, path, body, contentType, Map.of());
    }

    /** As {@link #send(Request.Method, String, InputStream, String)}, with more headers (X-Registry-Auth). */
    Response send(Request.Method method, String path, InputStream body, String contentType, Map<String, String> headers) {
        Request.Builder b = Request.builder().method(method).path(version + path);
        if (body != null) {
            b.body(body).putHeader("Content-Type", contentType);
        }
        headers.forEach(b::putHeader);
        Response r;
        try {
            r = http.execute(b.build());
        } catch (RuntimeException e) {
            throw DockerConnection.unreachable(host, e);
        }
        if (r.getStatusCode() >= 400) {
            throw failure(r);
        }
        return r;
    }

    /** The answer's JSON body. */
    JsonNode json(Request.Method method, String path) {
        try (Response r = send(method, path, null, null)) {
            return JSON.readTree(r.getBody());
        } catch (IOException e) {
            throw new EngineException(Reason.ENGINE_ERROR, "unreadable answer to " + path + ": " + e.getMessage(), e);
        }
    }

    static String query(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code filters} as the engine takes them: a JSON object of name → list of values. */
    static String filters(Map<String, List<String>> filters) {
        try {
            return query("filters", JSON.writeValueAsString(filters));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EngineException failure(Response r) {
        String message;
        try (r) {
            byte[] body = r.getBody().readAllBytes();
            message = new String(body, StandardCharsets.UTF_8).strip();
            if (message.startsWith("{")) {
                JsonNode m = JSON.readTree(body).get("message");
                message = m == null ? message : m.asText();
            }
        } catch (IOException e) {
            message = "status " + r.getStatusCode();
        }
        Reason reason = switch (r.getStatusCode()) {
            case 404 -> Reason.NOT_FOUND;
            case 409 -> Reason.CONFLICT;
            case 400 -> Reason.INVALID;
            default -> Reason.ENGINE_ERROR;
        };
        return new EngineException(reason, "Error response from daemon: " + message);
    }
}
