package dev.berth.cli.progress;

import dev.berth.engine.EventSink;

/** An event sink that may hold output until it is closed (the live view draws its last frame then). */
public interface ProgressSink extends EventSink, AutoCloseable {
    @Override
    void close();
}
