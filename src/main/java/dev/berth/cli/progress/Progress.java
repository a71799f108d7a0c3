package dev.berth.cli.progress;

import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineEvent.Phase;
import dev.berth.engine.EngineEvent.ResourceChanged;
import java.io.PrintStream;

/** Opens the progress output the settings ask for; close it when the command's engine work ends. */
public final class Progress {
    private Progress() {}

    /** {@code title} heads the live view: "Running", "Stopping", "Building", as the reference words it. */
    public static ProgressSink open(ProgressSettings settings, String title, PrintStream out) {
        return new WithoutExits(switch (settings.output()) {
            case TTY -> new TtyProgress(out, new FrameRenderer(title, settings.colour()),
                    TerminalSize.lookUp(settings.environment()), System::nanoTime).start();
            case JSON -> new JsonProgress(out);
            case QUIET -> new PlainProgress(out, true);
            case PLAIN, AUTO -> new PlainProgress(out, false);
        });
    }

    /**
     * A container's exit, as the engine reports it in the middle of up, stop or down, is not progress: the reference
     * shows none (attached {@code up} prints exits with the logs; the window colours the node).
     */
    private record WithoutExits(ProgressSink inner) implements ProgressSink {
        @Override
        public void accept(EngineEvent event) {
            if (!(event instanceof ResourceChanged r && r.phase() == Phase.EXITED)) {
                inner.accept(event);
            }
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    /** A JSON string as the reference (Go's encoder) writes it. */
    public static String jsonString(String s) {
        return JsonProgress.quoted(s);
    }

    /** The reference's last object of a failed {@code --progress json} run: {@code {"error":true,"message":...}}. */
    public static String errorObject(String message) {
        return "{\"error\":true,\"message\":" + JsonProgress.quoted(message) + "}";
    }
}
