package dev.berth.cli.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the board into the lines of one frame, as the reference lays them out:
 * {@code [+] Running 2/3} then {@code  ✔ Container x-web-1  Started   0.4s } with the time flush right at the
 * terminal's width. Pure: the caller passes the time, so tests get exact text.
 */
final class FrameRenderer {
    private static final String SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
    private static final long TICK_NANOS = 100_000_000L;

    private final String title;
    private final Palette palette;

    FrameRenderer(String title, boolean colour) {
        this.title = title;
        this.palette = new Palette(colour);
    }

    /**
     * The frame's lines. A live frame that would not fit {@code height} keeps the header, every line still
     * working and as many recent ones as fit, then says how many it left out; the final frame shows all.
     */
    List<String> frame(List<Task> tasks, long nowNanos, int width, int height, boolean last) {
        long done = tasks.stream().filter(t -> !t.working()).count();
        List<String> out = new ArrayList<>();
        String header = "[+] " + title + " " + done + "/" + tasks.size();
        out.add(last && done == tasks.size() ? palette.blue(header) : header);
        int idWidth = tasks.stream().mapToInt(t -> t.id().length()).max().orElse(0);
        List<Task> shown = last ? tasks : Fitting.fit(tasks, height - 3);
        for (Task t : shown) {
            out.add(line(t, nowNanos, width, idWidth));
        }
        if (shown.size() < tasks.size()) {
            out.add(palette.blue(" … " + (tasks.size() - shown.size()) + " more"));
        }
        return out;
    }

    String line(Task t, long nowNanos, int width, int idWidth) {
        String timer = elapsed(t.elapsedNanos(nowNanos)) + " ";
        String tail = " " + t.id() + " ".repeat(idWidth - t.id().length() + 2);
        int headWidth = 2 + tail.length(); // the mark is one column; its colour codes take none
        String words = fitted(words(t), width - headWidth - timer.length() - 1);
        String coloured = words.startsWith(t.state()) ? palette.status(t.status(), t.state())
                + words.substring(t.state().length()) : words;
        int pad = Math.max(1, width - headWidth - words.length() - timer.length());
        return " " + mark(t, nowNanos) + tail + coloured + " ".repeat(pad) + palette.blue(timer);
    }

    /** The state and its detail; "Waiting" + "waiting for db..." reads as "Waiting for db...". */
    private static String words(Task t) {
        String detail = t.detail() == null ? "" : t.detail();
        if (detail.isEmpty()) {
            return t.state();
        }
        if (detail.regionMatches(true, 0, t.state(), 0, t.state().length())) {
            return t.state() + detail.substring(t.state().length());
        }
        return t.state() + " " + detail;
    }

    /** Seconds with one decimal, the reference's {@code %.1fs}. */
    static String elapsed(long nanos) {
        long tenths = Math.round(Math.max(0, nanos) / 1e8); // not String.format: it dominated a frame's cost
        return tenths / 10 + "." + tenths % 10 + "s";
    }

    private String mark(Task t, long nowNanos) {
        return switch (t.status()) {
            case WORKING -> {
                int frame = (int) ((Math.max(0, nowNanos - t.startNanos()) / TICK_NANOS) % SPINNER.length());
                yield palette.yellow(SPINNER.substring(frame, frame + 1));
            }
            case DONE -> palette.green("✔");
            case WARNING -> palette.yellow("!");
            case ERROR -> palette.red("✘");
        };
    }

    /** Cuts text that would wrap (a wrapped line breaks the cursor arithmetic of the next frame). */
    private static String fitted(String text, int room) {
        if (room <= 0 || text.length() <= room) {
            return text;
        }
        return room <= 3 ? text.substring(0, room) : text.substring(0, room - 3) + "...";
    }
}
