package dev.berth.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.berth.engine.EngineException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Opens a client on DOCKER_HOST (or the default socket) and pins the API version: docker-java does not
 * negotiate, so we ask the server first ({@code /_ping}) and use the lower of its API version and the newest we test.
 */
final class DockerConnection {
    /** Newest API version Berth is written against; tested on 1.41 (dockerd 20.10). */
    static final String NEWEST_TESTED = "1.44";
    static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

    private DockerConnection() {}

    /** DOCKER_HOST, else the endpoint of the caller's Docker context ({@link DockerEndpoint}). */
    static String host(Map<String, String> env) {
        return DockerEndpoint.host(env);
    }

    record Opened(DockerClient client, String apiVersion, boolean shared) {}

    /**
     * Clients on our socket transport, per host and API version. They are stateless (one connection per request)
     * and thread-safe, and building one costs its JSON mapper's caches again: a long-lived process (the daemon,
     * the window) opening the engine for every command reuses them.
     */
    private static final Map<String, DockerClient> SOCKET_CLIENTS = new java.util.concurrent.ConcurrentHashMap<>();

    static Opened open(String host, java.io.PrintStream trace) {
        // httpclient5 stays for schemes our socket transport does not speak (ssh, npipe, TLS).
        DockerHttpClient http = host.startsWith("unix://") || host.startsWith("tcp://")
                ? new SocketHttpClient(URI.create(host), trace)
                : new ApacheDockerHttpClient.Builder().dockerHost(URI.create(host)).maxConnections(64)
                        .connectionTimeout(Duration.ofSeconds(5)).build();
        String serverVersion;
        try {
            serverVersion = serverApiVersion(http);
        } catch (RuntimeException | IOException e) {
            throw unreachable(host, e);
        }
        String version = lower(serverVersion, NEWEST_TESTED);
        if (http instanceof SocketHttpClient && trace == null) { // a traced client traces for its caller only
            return new Opened(SOCKET_CLIENTS.computeIfAbsent(host + " " + version, key -> client(host, version, http)),
                    version, true);
        }
        return new Opened(client(host, version, http), version, false);
    }

    private static DockerClient client(String host, String version, DockerHttpClient http) {
        return DockerClientImpl.getInstance(config(host, RemoteApiVersion.parseConfig(version)), http);
    }

    /**
     * The server's API version, as the docker CLI learns it: the {@code Api-Version} header of {@code GET /_ping}
     * (under a millisecond; {@code /version} asks containerd and runc for theirs and takes 10-25 ms). An engine that
     * does not send the header is asked {@code /version}, read without building the full client (seconds cold).
     */
    static String serverApiVersion(DockerHttpClient http) throws IOException {
        try (DockerHttpClient.Response response = http.execute(get("/_ping"))) {
            response.getBody().readAllBytes();
            if (response.getStatusCode() == 200) {
                for (Map.Entry<String, List<String>> h : response.getHeaders().entrySet()) {
                    if (h.getKey().equalsIgnoreCase("Api-Version") && !h.getValue().isEmpty()
                            && h.getValue().getFirst().matches("[0-9]+\\.[0-9]+")) {
                        return h.getValue().getFirst();
                    }
                }
            }
        }
        try (DockerHttpClient.Response response = http.execute(get("/version"))) {
            String body = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"ApiVersion\"\\s*:\\s*\"([0-9.]+)\"")
                    .matcher(body);
            if (response.getStatusCode() != 200 || !m.find()) {
                throw new IOException("unexpected answer to /version: " + response.getStatusCode());
            }
            return m.group(1);
        }
    }

    private static DockerHttpClient.Request get(String path) {
        return DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.GET).path(path).build();
    }

    static EngineException unreachable(String host, Throwable cause) {
        return new EngineException(EngineException.Reason.UNREACHABLE,
                "Cannot connect to the Docker daemon at " + host + ". Is the docker daemon running?", cause);
    }

    private static DockerClientConfig config(String host, RemoteApiVersion version) {
        return new PlainClientConfig(URI.create(host), version);
    }

    /** The lower of two "major.minor" API versions. */
    static String lower(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int cmp = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        if (cmp == 0) {
            cmp = Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        }
        return cmp <= 0 ? a : b;
    }
}
