package dev.berth.cli.daemon;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The client's terminal, told cheaply: the client pays for every class it loads. */
final class Terminal {
    private Terminal() {}

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
