package dev.berth.cli.daemon;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One command line sent to the daemon, with what it needs of its caller.
 *
 * @param identity    the client's build (see {@link DaemonAddress#identity()})
 * @param workingDir  the client's current directory
 * @param terminal    whether the client's console is a terminal
 * @param environment the client's environment
 * @param args        the command line, without the program name
 */
public record Request(String identity, Path workingDir, boolean terminal, Map<String, String> environment,
                      List<String> args) {
    public Request {
        environment = Map.copyOf(environment);
        args = List.copyOf(args);
    }
}
