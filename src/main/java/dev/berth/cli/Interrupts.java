package dev.berth.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM for an interactive command, in place of the JVM's default (run shutdown hooks and
 * exit). A shutdown hook cannot tell a first Ctrl-C from a second, and a second one would only block on the
 * shutdown already under way; the reference stops gracefully on the first and forces on the second.
 */
final class Interrupts implements AutoCloseable {
    private static final String[] SIGNALS = {"INT", "TERM"};
    private final List<SignalHandler> previous = new ArrayList<>();
    private final AtomicInteger count = new AtomicInteger();

    /** {@code first} runs on the first signal, {@code again} on every later one (on the JVM's signal thread). */
    Interrupts(Runnable first, Runnable again) {
        SignalHandler handler = signal -> (count.getAndIncrement() == 0 ? first : again).run();
        for (String name : SIGNALS) {
            previous.add(Signal.handle(new Signal(name), handler));
        }
    }

    boolean received() {
        return count.get() > 0;
    }

    @Override
    public void close() {
        for (int i = 0; i < SIGNALS.length; i++) {
            Signal.handle(new Signal(SIGNALS[i]), previous.get(i));
        }
    }
}
