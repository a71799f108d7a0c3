package dev.berth.cli;

import dev.berth.engine.ConsoleSize;
import dev.berth.engine.Subscription;
import dev.berth.engine.TerminalWindow;
import java.util.function.Supplier;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The caller's window during a TTY exec or run. The kernel sends SIGWINCH to a terminal's foreground processes
 * when its window changes; then the size is read again, the way it was read at the start, and passed on.
 */
final class WindowWatch implements TerminalWindow {
    private static final Signal WINCH = new Signal("WINCH");
    private final Supplier<ConsoleSize> reader;
    private volatile ConsoleSize size;

    /** {@code reader} gives the size now, or null when it cannot. */
    WindowWatch(ConsoleSize initial, Supplier<ConsoleSize> reader) {
        this.size = initial;
        this.reader = reader;
    }

    /** The window of the terminal in raw mode, or null when its size is unknown: nothing to follow then. */
    static WindowWatch of(RawTerminal raw) {
        return raw.size() == null ? null : new WindowWatch(raw.size(), RawTerminal::readSize);
    }

    @Override
    public ConsoleSize size() {
        return size;
    }

    @Override
    public Subscription onChange(Runnable changed) {
        SignalHandler previous = Signal.handle(WINCH, signal -> reread(changed));
        return () -> Signal.handle(WINCH, previous);
    }

    // Each signal runs on a thread of its own: one at a time, so an older reading never overwrites a newer one.
    private synchronized void reread(Runnable changed) {
        ConsoleSize now = reader.get();
        if (now != null && !now.equals(size)) {
            size = now;
            changed.run();
        }
    }
}
