package dev.berth.engine;

import java.util.List;
import java.util.Map;

/**
 * Options of {@code run}: {@code command} replaces the service's (null keeps it); {@code environment} adds to it;
 * {@code stdin}, when not null, is fed to the container (its end is the container's end of input); {@code tty}
 * gives the container a terminal (the caller's is in raw mode meanwhile) that follows {@code window}, the
 * caller's, when not null.
 */
public record RunOptions(List<String> command, String entrypoint, Map<String, String> environment, String name,
                         boolean remove, boolean detach, boolean noDeps, String user, String workingDir,
                         boolean servicePorts, java.io.InputStream stdin, boolean tty, TerminalWindow window) {
    public RunOptions {
        command = command == null || command.isEmpty() ? null : List.copyOf(command);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    public RunOptions(List<String> command, String entrypoint, Map<String, String> environment, String name,
                      boolean remove, boolean detach, boolean noDeps, String user, String workingDir,
                      boolean servicePorts) {
        this(command, entrypoint, environment, name, remove, detach, noDeps, user, workingDir, servicePorts, null,
                false, null);
    }
}
