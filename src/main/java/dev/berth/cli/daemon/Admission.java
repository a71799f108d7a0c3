package dev.berth.cli.daemon;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import jdk.net.ExtendedSocketOptions;

/** What a connection must be before the daemon runs anything for it: this user's, and one whole request in time. */
final class Admission {
    private Admission() {}

    /** The peer's user name when it is this daemon's user, else null. */
    static String peer(SocketChannel channel) {
        String own = System.getProperty("user.name"); // the daemon's own user, not a caller's
        try {
            String name = channel.getOption(ExtendedSocketOptions.SO_PEERCRED).user().getName();
            return name.equals(own) ? name : null;
        } catch (IOException | UnsupportedOperationException e) {
            return own; // no peer credentials here: the socket directory's permissions are the guard
        }
    }

    /**
     * The client's request, or null (logged) when it sends garbage, too much, or not all of it within
     * {@link DaemonServer#REQUEST_TIME}: a silent or slow peer must not hold a connection for ever.
     */
    static Request request(SocketChannel channel, DataInputStream in, PrintStream log) {
        AtomicBoolean decided = new AtomicBoolean(); // either the request is read or the deadline closes: never both
        Thread deadline = Thread.ofVirtual().name("berth-daemon-deadline").start(() -> {
            try {
                Thread.sleep(DaemonServer.REQUEST_TIME);
                if (decided.compareAndSet(false, true)) {
                    channel.close();
                }
            } catch (InterruptedException | IOException read) {
                // the request came in time
            }
        });
        try {
            Request request = Wire.readRequest(in);
            if (!decided.compareAndSet(false, true)) {
                throw new IOException("not sent within " + DaemonServer.REQUEST_TIME.toSeconds() + " s");
            }
            return request;
        } catch (IOException | RuntimeException e) {
            log.println("berth daemon: refused a request: " + e.getMessage());
            return null;
        } finally {
            deadline.interrupt();
        }
    }
}
