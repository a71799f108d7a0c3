package dev.berth.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerConnectionTest {

    /** Answers by path; records what was asked. */
    private static final class Engine implements DockerHttpClient {
        final List<String> asked = new ArrayList<>();
        final Map<String, Response> answers;

        Engine(Map<String, Response> answers) {
            this.answers = answers;
        }

        @Override
        public Response execute(Request request) {
            asked.add(request.path());
            return answers.get(request.path());
        }

        @Override
        public void close() {}
    }

    private static DockerHttpClient.Response answer(int code, Map<String, List<String>> headers, String body) {
        return new DockerHttpClient.Response() {
            public int getStatusCode() { return code; }
            public Map<String, List<String>> getHeaders() { return headers; }
            public InputStream getBody() { return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)); }
            public void close() {}
        };
    }

    @Test
    void theVersionComesFromThePingHeaderWithoutAskingVersion() throws IOException {
        Engine engine = new Engine(Map.of("/_ping", answer(200, Map.of("api-version", List.of("1.47")), "OK")));
        assertThat(DockerConnection.serverApiVersion(engine)).isEqualTo("1.47");
        assertThat(engine.asked).containsExactly("/_ping");
    }

    @Test
    void anEngineWithoutTheHeaderIsAskedVersion() throws IOException {
        Engine engine = new Engine(Map.of(
                "/_ping", answer(200, Map.of(), "OK"),
                "/version", answer(200, Map.of(), "{\"Version\":\"20.10.24\",\"ApiVersion\":\"1.41\",\"MinAPIVersion\":\"1.12\"}")));
        assertThat(DockerConnection.serverApiVersion(engine)).isEqualTo("1.41");
        assertThat(engine.asked).containsExactly("/_ping", "/version");
    }

    @Test
    void aPingThatFailsOrLiesFallsBackAndABadVersionAnswerIsAnError() {
        Engine engine = new Engine(Map.of(
                "/_ping", answer(200, Map.of("Api-Version", List.of("latest")), "OK"),
                "/version", answer(500, Map.of(), "{}")));
        assertThatThrownBy(() -> DockerConnection.serverApiVersion(engine)).isInstanceOf(IOException.class)
                .hasMessageContaining("/version");
        assertThat(engine.asked).containsExactly("/_ping", "/version");
    }
}
