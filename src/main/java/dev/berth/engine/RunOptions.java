package dev.berth.engine;

import java.util.List;
import java.util.Map;

/**
 * Options of {@code run}: {@code command} replaces the service's (null keeps it); {@code environment} adds to it.
 */
public record RunOptions(List<String> command, String entrypoint, Map<String, String> environment, String name,
                         boolean remove, boolean detach, boolean noDeps, String user, String workingDir,
                         boolean servicePorts) {
    public RunOptions {
        command = command == null || command.isEmpty() ? null : List.copyOf(command);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }
}
