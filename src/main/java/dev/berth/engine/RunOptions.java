package dev.berth.engine;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Options of {@code run}: {@code command} replaces the service's (null keeps it); {@code environment} adds to it;
 * {@code stdin}, when not null, is fed to the container (its end is the container's end of input); {@code tty}
 * gives the container a terminal (the caller's is in raw mode meanwhile) that follows {@code window}, the
 * caller's, when not null. Start from {@link #of} and name what differs.
 */
public record RunOptions(List<String> command, String entrypoint, Map<String, String> environment, String name,
                         boolean remove, boolean detach, boolean noDeps, String user, String workingDir,
                         boolean servicePorts, InputStream stdin, boolean tty, TerminalWindow window) {
    public RunOptions {
        command = command == null || command.isEmpty() ? null : List.copyOf(command);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    /** {@code command} null or empty: the service's own. */
    public static RunOptions of(List<String> command) {
        return new RunOptions(command, null, Map.of(), null, false, false, false, null, null, false, null, false, null);
    }

    public RunOptions withEntrypoint(String newEntrypoint) {
        return new RunOptions(command, newEntrypoint, environment, name, remove, detach, noDeps, user, workingDir,
                servicePorts, stdin, tty, window);
    }

    public RunOptions withEnvironment(Map<String, String> added) {
        return new RunOptions(command, entrypoint, added, name, remove, detach, noDeps, user, workingDir,
                servicePorts, stdin, tty, window);
    }

    public RunOptions withName(String newName) {
        return new RunOptions(command, entrypoint, environment, newName, remove, detach, noDeps, user, workingDir,
                servicePorts, stdin, tty, window);
    }

    public RunOptions withUser(String newUser, String newWorkingDir) {
        return new RunOptions(command, entrypoint, environment, name, remove, detach, noDeps, newUser, newWorkingDir,
                servicePorts, stdin, tty, window);
    }

    /** {@code --rm}. */
    public RunOptions withRemove(boolean newRemove) {
        return new RunOptions(command, entrypoint, environment, name, newRemove, detach, noDeps, user, workingDir,
                servicePorts, stdin, tty, window);
    }

    /** {@code -d}. */
    public RunOptions withDetach(boolean newDetach) {
        return new RunOptions(command, entrypoint, environment, name, remove, newDetach, noDeps, user, workingDir,
                servicePorts, stdin, tty, window);
    }

    /** {@code --no-deps}. */
    public RunOptions withNoDeps(boolean newNoDeps) {
        return new RunOptions(command, entrypoint, environment, name, remove, detach, newNoDeps, user, workingDir,
                servicePorts, stdin, tty, window);
    }

    /** {@code -P}: the service's ports published. */
    public RunOptions withServicePorts(boolean publish) {
        return new RunOptions(command, entrypoint, environment, name, remove, detach, noDeps, user, workingDir,
                publish, stdin, tty, window);
    }

    public RunOptions withStdin(InputStream newStdin) {
        return new RunOptions(command, entrypoint, environment, name, remove, detach, noDeps, user, workingDir,
                servicePorts, newStdin, tty, window);
    }

    /** A terminal for the container, following {@code newWindow}'s size when not null. */
    public RunOptions withTerminal(TerminalWindow newWindow) {
        return new RunOptions(command, entrypoint, environment, name, remove, detach, noDeps, user, workingDir,
                servicePorts, stdin, true, newWindow);
    }
}
