package dev.berth.cli;

import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineEvent.ResourceChanged;
import dev.berth.engine.EventSink;
import java.io.PrintStream;

/**
 * Prints progress as the reference does in plain mode, one line per change: {@code  Container web-1  Started}.
 * Thread-safe: events come from many engine threads.
 */
final class ProgressPrinter implements EventSink {
    private final PrintStream out;
    private final boolean quiet;

    ProgressPrinter(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    @Override
    public synchronized void accept(EngineEvent event) {
        switch (event) {
            case ResourceChanged r -> {
                if (!quiet) {
                    out.println(line(r));
                }
            }
            case EngineEvent.Warning w -> out.println("WARN[0000] " + w.message());
            case EngineEvent.ImageProgress p -> {
                if (!quiet) {
                    out.println(" " + p.serviceName() + " " + p.text());
                }
            }
            default -> { }
        }
    }

    static String line(ResourceChanged r) {
        String kind = switch (r.kind()) {
            case CONTAINER -> "Container";
            case NETWORK -> "Network";
            case VOLUME -> "Volume";
            case IMAGE -> "Image";
        };
        String phase = switch (r.phase()) {
            case EXITED -> "Exited" + (r.exitCode() == null ? "" : " (" + r.exitCode() + ")");
            case WAITING -> "Waiting";
            default -> capitalised(r.phase().name());
        };
        String detail = r.detail() == null ? "" : "  " + r.detail();
        return " " + kind + " " + r.resourceName() + "  " + phase + detail;
    }

    private static String capitalised(String s) {
        return s.charAt(0) + s.substring(1).toLowerCase();
    }
}
