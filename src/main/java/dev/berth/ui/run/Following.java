package dev.berth.ui.run;

import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerScope;
import dev.berth.engine.EventSink;
import dev.berth.engine.LogOptions;
import dev.berth.engine.ProjectState;
import dev.berth.engine.Subscription;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window's subscriptions to the open project: a snapshot of what runs, then the engine's live stream and the
 * logs. When the engine ends the stream it shows it gone ({@link EngineLink}) and follows afresh once it answers.
 */
final class Following {
    private final ComposeEngine engine;
    private final Executor background;
    private final Executor ui;
    private final EventSink pump;
    private final Consumer<String> say;
    private final Runnable paint;
    private final EngineLink link;
    private Subscription watching;
    private Subscription logging;
    private boolean subscribed;

    Following(ComposeEngine engine, Executor background, Executor ui, EventSink pump, Consumer<String> say,
              Runnable paint) {
        this.engine = engine;
        this.background = background;
        this.ui = ui;
        this.pump = pump;
        this.say = say;
        this.paint = paint;
        this.link = new EngineLink(background, ui);
    }

    /** On the UI thread: seeds {@code live} from a snapshot; subscribes unless already (logs from their last {@code tail} lines). */
    void follow(LiveState live, int tail) {
        String name = live.project().name();
        boolean subscribe = !subscribed;
        subscribed = true;
        long mark = live.mark(); // events taken after this may be newer than the snapshot
        background.execute(() -> {
            try {
                ProjectState state = engine.state(name, ContainerScope.ALL);
                Subscription sub = subscribe ? engine.watch(name, pump) : null;
                Subscription logSub = subscribe ? engine.logs(name, new LogOptions(List.of(), true, tail, null, false),
                        pump) : null;
                ui.execute(() -> {
                    if (sub != null) {
                        watching = sub;
                        logging = logSub;
                    }
                    live.seed(state, mark);
                    paint.run();
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    subscribed = subscribed && !subscribe;
                    say.accept(RunViewModel.sentence(e));
                });
            }
        });
    }

    /**
     * On the UI thread: the engine ended the stream (it stopped or restarted). Asks it again until it answers, then
     * follows {@code current} afresh (what ran may have stopped meanwhile; log lines from before are not repeated).
     */
    void lost(String message, Supplier<LiveState> current) {
        closeStreams();
        say.accept(message);
        LiveState lostOn = current.get();
        link.lost(message, () -> answers(lostOn), () -> {
            if (current.get() != null && !subscribed) {
                follow(current.get(), 0);
            }
        });
    }

    private boolean answers(LiveState on) {
        try {
            engine.state(on == null ? "" : on.project().name(), ContainerScope.ALL);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    EngineLink link() {
        return link;
    }

    void close() {
        link.close();
        closeStreams();
    }

    private void closeStreams() {
        for (Subscription s : new Subscription[] {watching, logging}) {
            if (s != null) {
                try {
                    s.close();
                } catch (RuntimeException e) {
                    System.getLogger("berth.ui").log(System.Logger.Level.WARNING, "closing a stream: " + e.getMessage());
                }
            }
        }
        watching = null;
        logging = null;
        subscribed = false;
    }
}
