package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalWindowTest {
    /** A window whose changes the test makes by hand. */
    private static final class Window implements TerminalWindow {
        ConsoleSize size;
        Runnable changed;
        boolean closed;

        public ConsoleSize size() {
            return size;
        }

        public Subscription onChange(Runnable changed) {
            this.changed = changed;
            return () -> closed = true;
        }
    }

    @Test
    void followSendsTheSizeNowThenEveryChangeUntilClosed() {
        Window w = new Window();
        w.size = new ConsoleSize(24, 80);
        List<ConsoleSize> sent = new ArrayList<>();
        Subscription s = w.follow(sent::add);
        w.size = new ConsoleSize(40, 100);
        w.changed.run();
        s.close();
        assertThat(sent).containsExactly(new ConsoleSize(24, 80), new ConsoleSize(40, 100));
        assertThat(w.closed).isTrue();
    }

    @Test
    void aFailedResizeIsDroppedAndAnUnknownSizeNotSent() {
        Window w = new Window();
        List<ConsoleSize> sent = new ArrayList<>();
        w.follow(size -> {
            sent.add(size);
            throw new EngineException(EngineException.Reason.NOT_FOUND, "exec ended");
        });
        assertThat(sent).isEmpty(); // no size yet
        w.size = new ConsoleSize(40, 100);
        w.changed.run(); // throws inside: must not reach the signal thread
        assertThat(sent).containsExactly(new ConsoleSize(40, 100));
    }
}
