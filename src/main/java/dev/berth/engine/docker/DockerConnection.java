package dev.berth.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.berth.engine.EngineException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Opens a client on DOCKER_HOST (or the default socket) and pins the API version: docker-java does not
 * negotiate, so we ask {@code /version} unversioned first and use the lower of the server's and the newest we test.
 */
final class DockerConnection {
    /** Newest API version Berth is written against; tested on 1.41 (dockerd 20.10). */
    static final String NEWEST_TESTED = "1.44";
    static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

    private DockerConnection() {}

    static String host(Map<String, String> env) {
        String host = env.get("DOCKER_HOST");
        return host == null || host.isBlank() ? DEFAULT_HOST : host;
    }

    record Opened(DockerClient client, String apiVersion) {}

    static Opened open(String host) {
        DockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(URI.create(host))
                .maxConnections(64)
                .connectionTimeout(Duration.ofSeconds(5))
                .build();
        String serverVersion;
        try {
            DockerClient probe = DockerClientImpl.getInstance(config(host, RemoteApiVersion.UNKNOWN_VERSION), http);
            serverVersion = probe.versionCmd().exec().getApiVersion();
        } catch (RuntimeException e) {
            throw unreachable(host, e);
        }
        String version = lower(serverVersion, NEWEST_TESTED);
        return new Opened(DockerClientImpl.getInstance(config(host, RemoteApiVersion.parseConfig(version)), http), version);
    }

    static EngineException unreachable(String host, Throwable cause) {
        return new EngineException(EngineException.Reason.UNREACHABLE,
                "Cannot connect to the Docker daemon at " + host + ". Is the docker daemon running?", cause);
    }

    private static DefaultDockerClientConfig config(String host, RemoteApiVersion version) {
        return DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(host)
                .withDockerTlsVerify(false)
                .withApiVersion(version)
                .build();
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
