package dev.berth.cli.progress;

import dev.berth.engine.EngineEvent;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The live view's writer: engine threads only update the board; one ticker thread redraws it in place every
 * 100 ms (cursor up over the last frame, rewrite, erase what is left); {@link #close} draws the final frame.
 * Warnings are printed above the frame so they stay in the scrollback.
 */
final class TtyProgress implements ProgressSink {
    static final long TICK_MILLIS = 100;
    private static final String ESC = "\u001b[";

    private final PrintStream out;
    private final FrameRenderer renderer;
    private final Supplier<TerminalSize> size;
    private final LongSupplier clock;
    private final ProgressBoard board = new ProgressBoard();
    private final List<String> notes = new ArrayList<>();
    private final Thread ticker;
    private int drawnLines;
    private long drawnVersion = -1;
    private boolean closed;

    TtyProgress(PrintStream out, FrameRenderer renderer, Supplier<TerminalSize> size, LongSupplier clock) {
        this.out = out;
        this.renderer = renderer;
        this.size = size;
        this.clock = clock;
        this.ticker = Thread.ofPlatform().daemon().name("berth-progress").unstarted(this::tick);
    }

    TtyProgress start() {
        ticker.start();
        return this;
    }

    @Override
    public synchronized void accept(EngineEvent event) {
        if (event instanceof EngineEvent.Warning w) {
            notes.add("WARN[0000] " + w.message());
        } else {
            board.apply(event, clock.getAsLong());
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        ticker.interrupt();
        try {
            ticker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        draw(true);
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(TICK_MILLIS);
                draw(false);
            }
        } catch (InterruptedException e) {
            // closed: the final frame is drawn by close()
        }
    }

    /** Draws unless nothing changed and nothing spins: an idle board costs no output. */
    synchronized void draw(boolean last) {
        boolean stale = board.version() != drawnVersion || board.anyWorking() || !notes.isEmpty();
        if ((!stale && !last) || (board.tasks().isEmpty() && notes.isEmpty())) {
            return;
        }
        TerminalSize terminal = size.get();
        List<String> lines = board.tasks().isEmpty() ? List.of()
                : renderer.frame(board.tasks(), clock.getAsLong(), terminal.width(), terminal.height(), last);
        out.print(text(drawnLines, notes, lines));
        out.flush();
        notes.clear();
        drawnLines = lines.size();
        drawnVersion = board.version();
    }

    /** One write per frame: hide the cursor, go up over the previous frame, rewrite, clear the rest. */
    static String text(int previousLines, List<String> notes, List<String> lines) {
        StringBuilder b = new StringBuilder(ESC + "?25l");
        if (previousLines > 0) {
            b.append(ESC).append(previousLines).append('A');
        }
        b.append('\r');
        for (String note : notes) {
            b.append(note).append(ESC).append("K\n");
        }
        for (String line : lines) {
            b.append(line).append(ESC).append("K\n");
        }
        return b.append(ESC).append('J').append(ESC).append("?25h").toString();
    }
}
