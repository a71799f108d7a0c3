package dev.berth.cli.daemon;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard output is a terminal, told cheaply: the client pays for every class it loads. */
final class Terminal {
    private Terminal() {}

    static boolean stdout() {
        Path fd = Path.of("/proc/self/fd/1");
        if (Files.isSymbolicLink(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException e) {
                return false;
            }
        }
        Console console = System.console(); // not Linux: the JDK's own answer, slower to get
        return console != null && console.isTerminal();
    }
}
