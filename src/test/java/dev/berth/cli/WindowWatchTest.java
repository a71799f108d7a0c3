package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ConsoleSize;
import dev.berth.engine.Subscription;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/** The window size read from {@code stty size}, and SIGWINCH wired to a resize (the signal raised in this JVM). */
class WindowWatchTest {
    private static final Signal WINCH = new Signal("WINCH");
    private final AtomicReference<ConsoleSize> window = new AtomicReference<>(new ConsoleSize(24, 80));
    private final List<ConsoleSize> resized = new CopyOnWriteArrayList<>();

    @Test
    void sttySizeGivesRowsThenColumns() {
        assertThat(RawTerminal.parseSize("33 77\n")).isEqualTo(new ConsoleSize(33, 77));
        assertThat(RawTerminal.parseSize("  120   400 ")).isEqualTo(new ConsoleSize(120, 400));
    }

    @Test
    void anUnknownOrGarbledSizeIsNoSize() {
        assertThat(RawTerminal.parseSize("0 0")).isNull(); // a terminal that was never given a size
        assertThat(RawTerminal.parseSize("")).isNull();
        assertThat(RawTerminal.parseSize("33")).isNull();
        assertThat(RawTerminal.parseSize("33 77 1")).isNull();
        assertThat(RawTerminal.parseSize("-3 77")).isNull();
        assertThat(RawTerminal.parseSize("99999999999 77")).isNull();
    }

    @Test
    void theEngineGetsTheSizeAtOnceAndAgainAfterEachWinch() throws Exception {
        WindowWatch watch = new WindowWatch(window.get(), window::get);
        try (Subscription s = watch.follow(resized::add)) {
            assertThat(resized).containsExactly(new ConsoleSize(24, 80));
            window.set(new ConsoleSize(40, 100));
            Signal.raise(WINCH);
            awaitResizes(2);
            window.set(new ConsoleSize(50, 132));
            Signal.raise(WINCH);
            awaitResizes(3);
        }
        assertThat(resized).containsExactly(new ConsoleSize(24, 80), new ConsoleSize(40, 100), new ConsoleSize(50, 132));
        assertThat(watch.size()).isEqualTo(new ConsoleSize(50, 132));
    }

    @Test
    void aWinchWithoutAChangeResizesNothingAndTheEndPutsThePreviousHandlerBack() throws Exception {
        java.util.concurrent.CountDownLatch previous = new java.util.concurrent.CountDownLatch(1);
        SignalHandler before = Signal.handle(WINCH, signal -> previous.countDown());
        try {
            WindowWatch watch = new WindowWatch(window.get(), window::get);
            try (Subscription s = watch.follow(resized::add)) {
                Signal.raise(WINCH); // same size: nothing to send
                window.set(null);
                Signal.raise(WINCH); // the size cannot be read: keep the last one
                window.set(new ConsoleSize(40, 100));
                Signal.raise(WINCH);
                awaitResizes(2);
            }
            window.set(new ConsoleSize(50, 132));
            Signal.raise(WINCH);
            assertThat(previous.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(resized).containsExactly(new ConsoleSize(24, 80), new ConsoleSize(40, 100));
        } finally {
            Signal.handle(WINCH, before);
        }
    }

    private void awaitResizes(int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (resized.size() < count && System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(resized).hasSize(count);
    }
}
