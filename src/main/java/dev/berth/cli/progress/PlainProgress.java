package dev.berth.cli.progress;

import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineEvent.ResourceChanged;
import java.io.PrintStream;

/**
 * Prints progress as the reference does in plain mode, one line per change: {@code  Container web-1  Started}.
 * Quiet prints warnings only, as the reference's {@code --progress quiet} still shows its log warnings.
 * Thread-safe: events come from many engine threads.
 */
final class PlainProgress implements ProgressSink {
    private final PrintStream out;
    private final boolean quiet;

    PlainProgress(PrintStream out, boolean quiet) {
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

    /** The reference's plain line; an image goes by its service's name ({@code  app  Built}). */
    static String line(ResourceChanged r) {
        String detail = r.detail() == null ? "" : "  " + r.detail();
        return " " + ProgressBoard.idOf(r) + "  " + PhaseWords.word(r) + detail;
    }

    @Override
    public void close() {
        out.flush();
    }
}
