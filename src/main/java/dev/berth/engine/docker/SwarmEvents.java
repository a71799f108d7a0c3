package dev.berth.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient.Request.Method;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The manager's event stream for the Swarm target: service events (created, updated, update state changed), node
 * events (a node down or back) and the containers of the node answering. Tasks on other nodes send none, so whoever
 * follows this still asks for the task list now and then. Read on a platform thread (socket reads, see
 * ArchitectureTest), one JSON object a line.
 */
final class SwarmEvents {
    private SwarmEvents() {}

    static AutoCloseable follow(RawCalls raw, BiConsumer<String, String> onEvent) {
        String path = "/events?" + RawCalls.filters(Map.of("type", List.of("service", "node", "container")));
        Response response = raw.send(Method.GET, path, null, null);
        Thread reader = Thread.ofPlatform().daemon().name("berth-swarm-events").start(() -> read(response, onEvent));
        return () -> {
            reader.interrupt();
            response.close();
        };
    }

    private static void read(Response response, BiConsumer<String, String> onEvent) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.getBody(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode e = RawCalls.JSON.readTree(line);
                String action = e.path("Action").asText("");
                if (!action.startsWith("exec_")) {
                    onEvent.accept(e.path("Type").asText(""), action);
                }
            }
        } catch (IOException | RuntimeException e) {
            // closed by the follower, or the engine went away: the follower's polling carries on
        }
    }
}
