package dev.berth.engine;

/** A running stream (events, logs); closing it stops the stream. */
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
