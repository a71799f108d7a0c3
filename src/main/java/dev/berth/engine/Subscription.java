package dev.berth.engine;

/** A running stream (events, logs); closing it stops the stream. */
public interface Subscription extends AutoCloseable {
    @Override
    void close();

    /** Blocks until the stream ends by itself (non-follow logs); streams that never end return at once. */
    default void awaitEnd() throws InterruptedException {}
}
