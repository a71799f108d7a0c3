package dev.berth.cli.progress;

import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineEvent.ImageProgress;
import dev.berth.engine.EngineEvent.ResourceChanged;
import java.io.PrintStream;

/**
 * {@code --progress json}: one object per event, like the reference's
 * {@code {"id":"Container x-web-1","status":"Started"}}; a detail goes in {@code text}, image output too.
 */
final class JsonProgress implements ProgressSink {
    private final PrintStream out;

    JsonProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void accept(EngineEvent event) {
        switch (event) {
            case ResourceChanged r -> out.println(object(ProgressBoard.idOf(r), PhaseWords.word(r), r.detail(),
                    null, null));
            case ImageProgress p -> out.println(object(p.serviceName() != null ? p.serviceName() : p.imageName(),
                    null, p.text() == null ? null : p.text().strip(), p.current(), p.total()));
            case EngineEvent.Warning w -> out.println("WARN[0000] " + w.message());
            default -> { }
        }
    }

    static String object(String id, String status, String text, Long current, Long total) {
        StringBuilder b = new StringBuilder("{\"id\":").append(quoted(id));
        if (status != null) {
            b.append(",\"status\":").append(quoted(status));
        }
        if (text != null && !text.isEmpty()) {
            b.append(",\"text\":").append(quoted(text));
        }
        if (current != null && current > 0) {
            b.append(",\"current\":").append(current);
        }
        if (total != null && total > 0) {
            b.append(",\"total\":").append(total);
            b.append(",\"percent\":").append(current == null ? 0 : Math.min(100, current * 100 / total));
        }
        return b.append('}').toString();
    }

    /** A JSON string as Go's encoder writes it: HTML characters and line separators escaped too. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    @Override
    public void close() {
        out.flush();
    }
}
