package dev.berth.engine.docker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The client half of an attached stream: copies the caller's stdin to the engine, then half-closes the
 * connection so the process in the container reads end-of-file (what {@code echo hi | docker exec -i c cat} needs).
 */
final class Hijack {
    private Hijack() {}

    static void pump(InputStream stdin, SocketChannel channel) {
        // A platform daemon thread: it may stay blocked on a terminal's read after the command ended.
        Thread copier = new Thread(() -> copy(stdin, channel), "berth-stdin");
        copier.setDaemon(true);
        copier.start();
    }

    private static void copy(InputStream stdin, SocketChannel channel) {
        byte[] buffer = new byte[8192];
        try {
            for (int n = stdin.read(buffer); n >= 0; n = stdin.read(buffer)) {
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    channel.write(chunk);
                }
            }
            channel.shutdownOutput();
        } catch (IOException e) {
            // the engine closed the stream (the command ended): the rest of stdin is not wanted
        }
    }
}
