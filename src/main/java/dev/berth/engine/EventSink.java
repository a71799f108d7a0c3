package dev.berth.engine;

/** Receives engine events. Called from engine threads: implementations hop to their own thread if they must. */
@FunctionalInterface
public interface EventSink {
    void accept(EngineEvent event);

    EventSink NONE = event -> {};
}
