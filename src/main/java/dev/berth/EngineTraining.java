package dev.berth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The engine part of the AOT training run: up (with a healthcheck wait), ps, logs and down of a two-service
 * project on the local dockerd, so the cache holds the classes of the create/start/event paths too. Without a
 * dockerd the commands fail fast and only the connection classes are recorded.
 */
final class EngineTraining {
    private static final String COMPOSE = """
            services:
              db:
                image: berth/busybox:latest
                init: true
                command: ["sleep", "3600"]
                healthcheck: {test: ["CMD", "true"], interval: 200ms}
              web:
                image: berth/busybox:latest
                init: true
                command: ["sleep", "3600"]
                depends_on: {db: {condition: service_healthy}}
            """;

    private EngineTraining() {}

    /** Runs the commands with {@code berth} (each gives a report line) and removes the project's file after. */
    static List<String> run(Function<String[], String> berth) {
        Path dir;
        Path file;
        try {
            dir = Files.createTempDirectory("berth-training");
            file = Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
        } catch (IOException e) {
            return List.of("training: engine commands -> " + e.getMessage());
        }
        String f = file.toString();
        String p = "berth-training-" + ProcessHandle.current().pid();
        try {
            return Stream.of(
                    new String[] {"-p", p, "-f", f, "up", "-d", "--wait"},
                    new String[] {"-p", p, "-f", f, "up", "-d"},
                    new String[] {"-p", p, "-f", f, "ps", "--format", "json"},
                    new String[] {"-p", p, "-f", f, "logs"},
                    new String[] {"-p", p, "-f", f, "down", "-v", "--remove-orphans"}).map(berth).toList();
        } finally {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // a temporary file left behind is all that happens
            }
        }
    }
}
