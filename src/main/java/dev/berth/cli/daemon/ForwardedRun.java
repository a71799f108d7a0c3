package dev.berth.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One forwarded command inside the daemon: its standard output and error are frames to its client (streams of
 * its own, given to the runner: other commands run meanwhile with theirs), and a Ctrl-C from the client (or the client going away) interrupts it. Frames are written by one
 * writer thread that is never interrupted: an interrupted engine thread writing to the socket itself would
 * close it for everyone.
 */
final class ForwardedRun {
    private static final byte[] END = new byte[0];
    private final Request request;
    private final String user;
    private final DataInputStream fromClient;
    private final DataOutputStream toClient;
    private final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
    private final AtomicBoolean finished = new AtomicBoolean();

    ForwardedRun(Request request, String user, DataInputStream fromClient, DataOutputStream toClient) {
        this.request = request;
        this.user = user;
        this.fromClient = fromClient;
        this.toClient = toClient;
    }

    /**
     * Runs the command, sends its output and exit code, and returns once the client has all of it. {@code done}
     * runs as soon as the command has ended, before the exit code goes out, so that the client's next command
     * finds the daemon free.
     */
    void run(DaemonServer.Runner runner, Runnable done) throws InterruptedException {
        Thread worker = Thread.currentThread();
        Thread writer = Thread.ofPlatform().daemon().name("berth-daemon-writer").start(this::writeFrames);
        Thread.ofVirtual().name("berth-daemon-cancel").start(() -> watchCancel(worker));
        PrintStream out = new PrintStream(new Frames(Wire.OUT), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new Frames(Wire.ERR), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = runner.run(request, new DaemonServer.Client(user, out, err));
        } catch (Exception e) {
            err.println("berth: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            code = 1;
        } finally {
            finished.set(true);
            out.flush();
            err.flush();
            Thread.interrupted();
            done.run();
        }
        frames.add(Wire.exitFrame(code));
        frames.add(END);
        writer.join();
    }

    private void writeFrames() {
        try {
            for (byte[] f = frames.take(); f != END; f = frames.take()) {
                toClient.write(f);
                toClient.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // the client went away: the rest of the output has nowhere to go
        }
    }

    private void watchCancel(Thread worker) {
        try {
            int b = fromClient.read();
            if ((b == Wire.CANCEL || b < 0) && !finished.get()) {
                worker.interrupt();
            }
        } catch (IOException e) {
            if (!finished.get()) {
                worker.interrupt();
            }
        }
    }

    /** An output stream whose writes go to the client as frames of one kind. */
    private final class Frames extends OutputStream {
        private final byte kind;

        Frames(byte kind) {
            this.kind = kind;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            frames.add(Wire.frame(kind, bytes, offset, length));
        }
    }
}
