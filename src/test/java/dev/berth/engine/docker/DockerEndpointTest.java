package dev.berth.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.EngineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docker CLI's endpoint resolution: DOCKER_HOST, DOCKER_CONTEXT, the config file's current context. */
class DockerEndpointTest {
    @TempDir
    Path config;

    /** Writes a context as {@code docker context create NAME --docker host=HOST} does. */
    private void context(String name, String host) throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes()));
        Path dir = Files.createDirectories(config.resolve("contexts/meta").resolve(hash));
        Files.writeString(dir.resolve("meta.json"), "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":"
                + "{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
    }

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("DOCKER_CONFIG", config.toString()));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void aNamedContextGivesItsEndpointAndDockerHostWinsOverIt() throws Exception {
        context("remote", "unix:///tmp/remote.sock");
        assertThat(DockerEndpoint.host(env("DOCKER_CONTEXT", "remote"))).isEqualTo("unix:///tmp/remote.sock");
        assertThat(DockerEndpoint.host(env("DOCKER_CONTEXT", "remote", "DOCKER_HOST", "tcp://1.2.3.4:2375")))
                .isEqualTo("tcp://1.2.3.4:2375");
        assertThat(DockerEndpoint.host(env("DOCKER_CONTEXT", "default"))).isEqualTo(DockerConnection.DEFAULT_HOST);
    }

    @Test
    void withoutDockerContextTheConfigFilesCurrentContextCounts() throws Exception {
        assertThat(DockerEndpoint.host(env())).isEqualTo(DockerConnection.DEFAULT_HOST);
        context("other", "unix:///tmp/other.sock");
        Files.writeString(config.resolve("config.json"), "{\"auths\":{},\"currentContext\":\"other\"}");
        assertThat(DockerEndpoint.host(env())).isEqualTo("unix:///tmp/other.sock");
        assertThat(DockerEndpoint.host(Map.of("HOME", config.getParent().toString()))).isEqualTo(DockerConnection.DEFAULT_HOST);
    }

    @Test
    void anUnknownContextIsRefusedWithTheReferencesMessage() {
        assertThatThrownBy(() -> DockerEndpoint.host(env("DOCKER_CONTEXT", "nope")))
                .isInstanceOf(EngineException.class)
                .hasMessageStartingWith("unable to resolve docker endpoint: context \"nope\": context not found: open "
                        + config + "/contexts/meta/ca3704aa0b06f5954c79ee837faa152d84d6b2d42838f0637a15eda8337dbdce/meta.json");
    }
}
