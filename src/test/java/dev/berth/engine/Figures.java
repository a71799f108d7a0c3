package dev.berth.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The reliability suite's figures (times to error, to converge, to recover, and the error texts): printed, and
 * appended to {@code target/reliability-figures.txt} for the report.
 */
public final class Figures {
    private static final Path FILE = Path.of("target", "reliability-figures.txt");

    private Figures() {}

    public static void time(String test, String what, long fromNanos, long toNanos) {
        put(test, what, String.format("%.2f s", Duration.ofNanos(toNanos - fromNanos).toMillis() / 1000.0));
    }

    public static synchronized void put(String test, String what, String value) {
        String line = Instant.now() + "\t" + test + "\t" + what + "\t" + value.replace("\n", " | ") + "\n";
        // Not System.out: in-process commands may have it swapped for their own stdout.
        System.err.print("reliability: " + line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
