package dev.berth.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The thin side of the daemon: sends the command line to a running daemon and copies its output here.
 * It loads nothing but JDK classes, so a forwarded command costs a JVM start and one socket round trip.
 */
public final class DaemonClient {

    /** How a forwarding attempt ended. */
    public enum Outcome {
        /** The daemon ran the command; {@link Result#exitCode()} is its exit code. */
        DONE,
        /** No daemon answers: run in-process, then start one for the next command. */
        NO_DAEMON,
        /** A daemon of another build answered and is going away: run in-process, then start a new one. */
        STALE,
        /** The daemon is busy or this command is not for it: run in-process. */
        LOCAL
    }

    public record Result(Outcome outcome, int exitCode) {
        public boolean startDaemon() {
            return outcome == Outcome.NO_DAEMON || outcome == Outcome.STALE;
        }
    }

    private DaemonClient() {}

    /**
     * Forwards a request when the daemon is on, the command suits it and a daemon answers. When the thin client
     * tried already ({@link ThinClient#OUTCOME} in the caller's environment), its outcome is the answer.
     */
    public static Result forward(DaemonAddress address, Request request, PrintStream out, PrintStream err) {
        Map<String, String> env = request.environment();
        String tried = env.get(ThinClient.OUTCOME);
        if (tried != null) {
            return new Result(Outcome.valueOf(tried), 0);
        }
        if (!Routing.enabled(env) || !Routing.forwardable(request.args())) {
            return new Result(Outcome.LOCAL, 0);
        }
        return send(address, request, out, err);
    }

    /** Sends one request to the daemon at {@code address} and copies its answer to {@code out} and {@code err}. */
    public static Result send(DaemonAddress address, Request request, PrintStream out, PrintStream err) {
        Path socket = address.socket();
        if (!Files.exists(socket)) {
            return new Result(Outcome.NO_DAEMON, 0);
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return new Result(Outcome.NO_DAEMON, 0);
        }
        try (channel) {
            DataOutputStream toDaemon = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            Wire.writeRequest(toDaemon, request);
            Thread cancel = new Cancel(toDaemon);
            Runtime.getRuntime().addShutdownHook(cancel);
            Result result = copyFrames(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))),
                    out, err);
            try {
                Runtime.getRuntime().removeShutdownHook(cancel);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C came while the answer arrived: the cancel hook is running, nothing to undo
            }
            return result;
        } catch (IOException e) {
            err.println("berth: the daemon stopped during the command (" + e.getMessage()
                    + "); run it again, or set BERTH_DAEMON=0 to run without the daemon");
            return new Result(Outcome.DONE, 1);
        }
    }

    private static Result copyFrames(DataInputStream in, PrintStream out, PrintStream err) throws IOException {
        while (true) {
            byte kind = in.readByte();
            byte[] payload = in.readNBytes(in.readInt());
            switch (kind) {
                case Wire.OUT -> {
                    out.write(payload);
                    out.flush();
                }
                case Wire.ERR -> {
                    err.write(payload);
                    err.flush();
                }
                case Wire.EXIT -> {
                    return new Result(Outcome.DONE, Wire.exitCode(payload));
                }
                case Wire.REFUSED -> {
                    String reason = new String(payload, java.nio.charset.StandardCharsets.UTF_8);
                    return new Result(reason.equals("stale") ? Outcome.STALE : Outcome.LOCAL, 0);
                }
                default -> throw new EOFException("unknown frame " + kind);
            }
        }
    }

    /**
     * Ctrl-C: ask the daemon to interrupt the command, and give it a moment to say it stopped. A class, not a
     * lambda: the first lambda of a JVM costs a bootstrap that a forwarded command does not need to pay.
     */
    private static final class Cancel extends Thread {
        private final DataOutputStream toDaemon;

        Cancel(DataOutputStream toDaemon) {
            this.toDaemon = toDaemon;
        }

        @Override
        public void run() {
            try {
                toDaemon.writeByte(Wire.CANCEL);
                toDaemon.flush();
                Thread.sleep(300);
            } catch (IOException | InterruptedException ignored) {
                // the daemon is gone already: nothing left to cancel
            }
        }
    }
}
