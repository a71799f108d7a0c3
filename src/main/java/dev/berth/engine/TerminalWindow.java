package dev.berth.engine;

import java.util.function.Consumer;

/**
 * The caller's terminal window during a TTY exec or run: its size now, and word when it changes, so the
 * container's terminal can follow it as {@code docker compose exec} makes it follow.
 */
public interface TerminalWindow {
    /** Rows and columns now, or null when unknown. */
    ConsoleSize size();

    /** Runs {@code changed} after each change of size until the subscription closes. */
    Subscription onChange(Runnable changed);

    /**
     * Sizes the engine's terminal now and after every change. A resize that fails is dropped: it can race the
     * end of the process, and the output matters more than its width.
     */
    default Subscription follow(Consumer<ConsoleSize> resize) {
        Object lock = new Object();
        // Each resize reads the size inside the lock, so the last one sent is always the latest size.
        Runnable apply = () -> {
            synchronized (lock) {
                ConsoleSize now = size();
                if (now != null) {
                    try {
                        resize.accept(now);
                    } catch (RuntimeException e) {
                        // the process ended meanwhile
                    }
                }
            }
        };
        Subscription changes = onChange(apply);
        apply.run();
        return changes;
    }
}
