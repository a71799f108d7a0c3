package dev.berth.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineEvent.Phase;
import dev.berth.engine.EngineEvent.ResourceChanged;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TtyProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong();
    // not started: the test draws by hand instead of the ticker thread
    private final TtyProgress tty = new TtyProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8),
            new FrameRenderer("Running", false), () -> new TerminalSize(40, 20), clock::get);

    private String drained() {
        String s = bytes.toString(StandardCharsets.UTF_8);
        bytes.reset();
        return s;
    }

    @Test
    void eachFrameMovesUpOverThePreviousOneAndRewritesIt() {
        tty.accept(ResourceChanged.container("x-web-1", "web", Phase.CREATING));
        tty.draw(false);
        assertThat(drained()).isEqualTo("\u001b[?25l\r[+] Running 0/1\u001b[K\n"
                + " ⠋ Container x-web-1  Creating     0.0s \u001b[K\n\u001b[J\u001b[?25h");

        clock.set(300_000_000L);
        tty.accept(ResourceChanged.container("x-web-1", "web", Phase.CREATED));
        tty.close();
        assertThat(drained()).startsWith("\u001b[?25l\u001b[2A\r")
                .contains(" ✔ Container x-web-1  Created      0.3s ");
    }

    @Test
    void anIdleUnchangedBoardIsNotRedrawnButAWarningIsPrintedAboveTheFrame() {
        tty.accept(ResourceChanged.container("x-web-1", "web", Phase.STARTED));
        tty.draw(false);
        drained();
        tty.draw(false);
        assertThat(drained()).isEmpty();

        tty.accept(new EngineEvent.Warning("orphans"));
        tty.draw(false);
        assertThat(drained()).startsWith("\u001b[?25l\u001b[2A\rWARN[0000] orphans\u001b[K\n[+] Running 1/1");
    }

    @Test
    void nothingIsDrawnWhenNoEventArrived() {
        tty.close();
        assertThat(drained()).isEmpty();
    }

    @Test
    void frameTextClearsWhatAShorterFrameLeavesBelow() {
        assertThat(TtyProgress.text(3, List.of(), List.of("a"))).isEqualTo("\u001b[?25l\u001b[3A\ra\u001b[K\n\u001b[J\u001b[?25h");
    }
}
