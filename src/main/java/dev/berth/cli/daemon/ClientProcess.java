package dev.berth.cli.daemon;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client process knows of itself: its environment, directory and terminal. With the entry points
 * ({@code dev.berth.Main}, {@link ThinClient}) it is the only code under {@code dev.berth.cli} that reads process
 * globals (ArchitectureTest): everything else gets its caller as a value. Cheap to load: the thin client pays for
 * every class.
 */
public final class ClientProcess {
    private ClientProcess() {}

    public static Map<String, String> environment() {
        return System.getenv();
    }

    public static Path workingDir() {
        return Path.of("").toAbsolutePath();
    }

    /** A request for the daemon at {@code address}: this process's directory, terminal and environment. */
    public static Request request(DaemonAddress address, Map<String, String> environment, List<String> args) {
        Map<String, String> env = environment;
        String tty = device(2);
        if (tty != null && !env.containsKey("BERTH_TTY")) {
            env = new HashMap<>(env);
            env.put("BERTH_TTY", tty);
        }
        return new Request(address.identity(), workingDir(), stdout(), env, args);
    }

    /** Whether standard output is a terminal. */
    static boolean stdout() {
        if (Files.isSymbolicLink(Path.of("/proc/self/fd/1"))) {
            return device(1) != null;
        }
        Console console = System.console(); // not Linux: the JDK's own answer, slower to get
        return console != null && console.isTerminal();
    }

    /**
     * The terminal device behind a descriptor ({@code /dev/pts/3}), or null. The daemon has no terminal of its
     * own; it sizes the live progress view by asking this device (BERTH_TTY).
     */
    static String device(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") ? target : null;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
