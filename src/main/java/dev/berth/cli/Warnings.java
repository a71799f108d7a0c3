package dev.berth.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Prints loader warnings the way the reference's logger does when stderr is not a terminal. */
final class Warnings {
    private Warnings() {}

    static void print(List<String> warnings, PrintWriter err) {
        String time = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        for (String w : warnings) {
            err.println("time=\"" + time + "\" level=warning msg=\"" + w.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        err.flush();
    }
}
