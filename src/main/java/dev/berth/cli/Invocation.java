package dev.berth.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one CLI run sees of its caller: the environment, the working directory and whether a terminal is
 * attached. In-process it is this JVM's own; the resident daemon ({@code dev.berth.daemon}) sets the client's
 * for the length of one command. CLI code reads these here, never from System.getenv, Path.of("") or
 * System.console.
 */
public record Invocation(Map<String, String> environment, Path workingDir, boolean terminal) {
    private static volatile Invocation current;

    public Invocation {
        environment = Map.copyOf(environment);
        workingDir = workingDir.toAbsolutePath().normalize();
    }

    /** The caller of the command running now: this process unless the daemon set another. */
    public static Invocation current() {
        Invocation c = current;
        return c != null ? c : local();
    }

    /** This process's own environment, directory and terminal. */
    public static Invocation local() {
        Console console = System.console();
        return new Invocation(System.getenv(), Path.of("").toAbsolutePath(), console != null && console.isTerminal());
    }

    /** Sets the caller for the commands that follow; null goes back to this process's own. */
    public static void set(Invocation invocation) {
        current = invocation;
    }

    /** A path as the caller wrote it, resolved against the caller's directory. */
    public Path resolve(String path) {
        return workingDir.resolve(path).normalize();
    }
}
