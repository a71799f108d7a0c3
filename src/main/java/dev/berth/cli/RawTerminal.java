package dev.berth.cli;

import dev.berth.cli.progress.TerminalSize;
import dev.berth.engine.ConsoleSize;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The caller's terminal in raw mode for the length of a TTY exec, so keys go to the container as typed
 * (Ctrl-C, arrows, no local echo) like {@code docker compose exec}; closing puts the saved settings back.
 * It goes through {@code stty} on /dev/tty: the JDK has no portable call for it.
 */
final class RawTerminal implements AutoCloseable {
    static final RawTerminal NONE = new RawTerminal(null);
    private static final File TTY = new File("/dev/tty");
    private final String saved;
    private final ConsoleSize size;

    private RawTerminal(String saved) {
        this(saved, null);
    }

    private RawTerminal(String saved, ConsoleSize size) {
        this.saved = saved;
        this.size = size;
    }

    /** Rows and columns of the caller's window when raw mode began, or null when unknown. */
    ConsoleSize size() {
        return size;
    }

    /** Raw mode now; without a usable /dev/tty or stty it does nothing (the exec still works, line by line). */
    static RawTerminal enter() {
        try {
            String settings = stty("-g").strip();
            ConsoleSize size = readSize();
            stty("raw", "-echo");
            return new RawTerminal(settings, size);
        } catch (IOException e) {
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE;
        }
    }

    /** The window's size now, read as at the start; null when it cannot be read. */
    static ConsoleSize readSize() {
        return consoleSize(TerminalSize.probe(TTY));
    }

    /** {@code stty size} output as the engine's size; null when the terminal does not know it ("0 0"). */
    static ConsoleSize parseSize(String sttySize) {
        return consoleSize(TerminalSize.parse(sttySize));
    }

    private static ConsoleSize consoleSize(TerminalSize size) {
        return size == null ? null : new ConsoleSize(size.height(), size.width());
    }

    private static String stty(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "stty";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectInput(TTY).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        if (p.waitFor() != 0) {
            throw new IOException("stty " + String.join(" ", args) + " failed");
        }
        return out;
    }

    @Override
    public void close() {
        if (saved == null) {
            return;
        }
        try {
            stty(saved);
        } catch (IOException e) {
            // the terminal went away: nothing to restore
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
