package dev.berth.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one CLI run sees of its caller: environment, working directory, standard streams, whether a terminal is
 * attached, and the user. One value per command, handed to it through its root command ({@link BerthCommand}):
 * the process entry points build it from their own globals ({@code dev.berth.Main}), the resident daemon from a
 * client's request. Command code reads its caller only here, never System.getenv, user.dir, System.console or
 * System.in/out/err (ArchitectureTest keeps it so): several commands run at once in the daemon, each for
 * another caller.
 *
 * @param environment the caller's environment variables
 * @param workingDir  the caller's current directory, absolute
 * @param terminal    whether the caller's standard output is a terminal
 * @param in          the caller's standard input (empty in the daemon)
 * @param out         the caller's standard output
 * @param err         the caller's standard error
 * @param user        the caller's user name (the daemon serves only its own user)
 */
public record Invocation(Map<String, String> environment, Path workingDir, boolean terminal, InputStream in,
                         PrintStream out, PrintStream err, String user) {
    public Invocation {
        environment = Map.copyOf(environment);
        if (!workingDir.isAbsolute()) {
            throw new IllegalArgumentException("the caller's directory must be absolute: " + workingDir);
        }
        workingDir = workingDir.normalize();
    }

    /** A path as the caller wrote it, resolved against the caller's directory. */
    public Path resolve(String path) {
        return workingDir.resolve(path).normalize();
    }

    /** This caller with other environment variables (tests, and the daemon's warm-up). */
    public Invocation withEnvironment(Map<String, String> newEnvironment) {
        return new Invocation(newEnvironment, workingDir, terminal, in, out, err, user);
    }
}
