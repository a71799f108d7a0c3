package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.DockerFixture;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Push and pull against a registry that wants a login (Debian's docker-registry with htpasswd auth, started by
 * the test on a loopback port of its own): the caller's credentials are read as the docker CLI reads them, from
 * the config file's auths or from a credential helper, and their absence is explained with a hint.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryLoginIT {
    /** bcrypt (cost 4) of PASSWORD: htpasswd is the registry's only file format for users. */
    private static final String HASH = "$2b$04$Mfmv1rnoJvw10wJ7nfatv.nFmsdoiFH4bzTJAKK/MLmBMxzRS37IC";
    private static final String PASSWORD = "berth-it-pw";

    @TempDir
    static Path dir;
    private Process registry;
    private String address;
    private String image;
    private final DockerFixture docker = new DockerFixture();

    @BeforeAll
    void startRegistry() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        address = "127.0.0.1:" + port;
        Path data = Files.createDirectories(dir.resolve("registry"));
        Files.writeString(data.resolve("htpasswd"), "berth:" + HASH + "\n");
        Files.writeString(data.resolve("config.yml"), """
                version: 0.1
                log: {level: warn}
                storage: {filesystem: {rootdirectory: %s}}
                http: {addr: "%s"}
                auth: {htpasswd: {realm: berth-it, path: %s}}
                """.formatted(data.resolve("store"), address, data.resolve("htpasswd")));
        registry = new ProcessBuilder("docker-registry", "serve", data.resolve("config.yml").toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        DockerFixture.eventually(() -> answers(http), Duration.ofSeconds(20));
        image = address + "/berth-login/app:" + docker.project("t").substring(15);
        Files.writeString(dir.resolve("Dockerfile"), "FROM berth/busybox:latest\nRUN echo login > /login\n");
        DockerFixture.compose(dir, "services:\n  app:\n    build: .\n    image: " + image + "\n");
    }

    private boolean answers(HttpClient http) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/v2/")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 401;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @AfterAll
    void stop() {
        if (registry != null) {
            registry.destroyForcibly();
        }
        removeQuietly();
        docker.close();
    }

    private void removeQuietly() {
        try {
            docker.gateway.removeImage(image);
        } catch (RuntimeException absent) {
            // not built, or removed already
        }
    }

    private InProcessCli.Ran berth(Path config, String... args) {
        return new InProcessCli(dir, Map.of("DOCKER_CONFIG", config.toString(), "PATH",
                config.resolve("bin") + ":" + System.getenv("PATH"))).run(args);
    }

    private Path config(String json) throws IOException {
        Path config = Files.createDirectories(dir.resolve("config-" + Math.abs(json.hashCode())));
        Files.writeString(config.resolve("config.json"), json);
        return config;
    }

    @Test
    void withoutCredentialsPushIsRefusedWithAHint() throws IOException {
        Path none = config("{}");
        assertThat(berth(none, "build").code()).isZero();
        InProcessCli.Ran push = berth(none, "push");
        assertThat(push.code()).isNotZero();
        assertThat(push.out() + push.err()).contains("no basic auth credentials")
                .contains("hint: log in with `docker login " + address + "`");
    }

    @Test
    void theFilesCredentialsPushAndPull() throws IOException {
        String auth = Base64.getEncoder().encodeToString(("berth:" + PASSWORD).getBytes());
        Path file = config("{\"auths\": {\"" + address + "\": {\"auth\": \"" + auth + "\"}}}");
        assertThat(berth(file, "build").code()).isZero();
        InProcessCli.Ran push = berth(file, "push");
        assertThat(push.code()).as(push.out() + push.err()).isZero();
        removeQuietly();
        InProcessCli.Ran pull = berth(file, "pull");
        assertThat(pull.code()).as(pull.out() + pull.err()).isZero();
        assertThat(docker.gateway.imageId(image)).isNotNull();
    }

    @Test
    void aCredentialHelperIsAsked() throws IOException {
        Path helped = config("{\"credsStore\": \"berthit\"}");
        Path helper = Files.createDirectories(helped.resolve("bin")).resolve("docker-credential-berthit");
        Files.writeString(helper, "#!/bin/sh\n[ \"$1\" = get ] || { echo '{}'; exit 0; }\nread server\n"
                + "[ \"$server\" = " + address + " ] || { echo 'credentials not found in native keychain'; exit 1; }\n"
                + "echo '{\"ServerURL\":\"" + address + "\",\"Username\":\"berth\",\"Secret\":\"" + PASSWORD + "\"}'\n");
        Files.setPosixFilePermissions(helper, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(berth(helped, "build").code()).isZero();
        InProcessCli.Ran push = berth(helped, "push");
        assertThat(push.code()).as(push.out() + push.err()).isZero();
    }
}
