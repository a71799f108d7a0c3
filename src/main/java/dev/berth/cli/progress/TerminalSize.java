package dev.berth.cli.progress;

import dev.berth.engine.Tasks;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;

/**
 * The caller's terminal size. COLUMNS/LINES in the caller's environment win; else {@code stty size} on the
 * caller's terminal: {@code BERTH_TTY} names it when the command runs in the daemon (which has none of its own),
 * else this process's {@code /dev/tty}; else 80x24.
 */
public record TerminalSize(int width, int height) {
    static final TerminalSize DEFAULT = new TerminalSize(80, 24);

    /**
     * Looks the size up in the background (spawning stty takes 5-250 ms on a busy machine) while the command
     * starts its work; the first frame, 100 ms later, waits for it at most half a second.
     */
    static Supplier<TerminalSize> lookUp(Map<String, String> environment) {
        CompletableFuture<TerminalSize> size = new CompletableFuture<>();
        Tasks.start(() -> size.complete(of(environment)));
        return () -> size.completeOnTimeout(DEFAULT, 500, TimeUnit.MILLISECONDS).join();
    }

    static TerminalSize of(Map<String, String> environment) {
        Integer columns = number(environment.get("COLUMNS"));
        Integer lines = number(environment.get("LINES"));
        if (columns != null && lines != null) {
            return new TerminalSize(columns, lines);
        }
        TerminalSize probed = probe(new File(environment.getOrDefault("BERTH_TTY", "/dev/tty")));
        if (probed == null) {
            probed = DEFAULT;
        }
        return new TerminalSize(columns != null ? columns : probed.width, lines != null ? lines : probed.height);
    }

    /** {@code stty size} on the terminal {@code tty}; null when it cannot be read or does not know its size. */
    public static TerminalSize probe(File tty) {
        if (!tty.canRead()) {
            return null;
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (!p.waitFor(1, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return parse(out);
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** {@code stty size} prints "rows columns"; a terminal that does not know its size says "0 0": null then. */
    public static TerminalSize parse(String sttySize) {
        String[] parts = sttySize.strip().split("\\s+");
        Integer rows = parts.length == 2 ? number(parts[0]) : null;
        Integer cols = parts.length == 2 ? number(parts[1]) : null;
        return rows == null || cols == null ? null : new TerminalSize(cols, rows);
    }

    /** A positive number, or null; a terminal reporting 0 columns (some IDE consoles) counts as unknown. */
    private static Integer number(String s) {
        if (s == null || !s.strip().matches("\\d{1,5}")) {
            return null;
        }
        int n = Integer.parseInt(s.strip());
        return n > 0 ? n : null;
    }
}
