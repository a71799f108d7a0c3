package dev.berth.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The resident side: a warm JVM that runs forwarded commands, several at once, each on a thread of its own with
 * its caller's request and its own output streams (frames back to that client): nothing of one command is
 * shared with another. Past {@link #MOST_AT_ONCE} commands a client is told "busy" and runs in-process. A
 * connection that is not a client of this user, or sends anything but one whole request in time and within
 * {@link Wire#MAX_REQUEST} bytes, is closed and nothing runs. It stops after {@code idle} without commands, on
 * {@code berth daemon stop}, or when a newer build asks.
 */
public final class DaemonServer {
    /** Commands running at once; each holds a few threads and engine connections. */
    public static final int MOST_AT_ONCE = 8;
    /** How long a client may take to send its request once connected. */
    static final Duration REQUEST_TIME = Duration.ofSeconds(10);

    /** Runs one command line for a caller; returns its exit code. */
    public interface Runner {
        int run(Request request, Client client) throws Exception;

        /** Called after a command's answer is sent, outside its slot: time to get ready. */
        default void between() {
        }
    }

    /**
     * The peer of one forwarded command: its user, and its standard output and error, which go back to it as frames.
     */
    public record Client(String user, PrintStream out, PrintStream err) {}

    private final DaemonAddress address;
    private final Duration idle;
    private final Runner runner;
    private final Semaphore running = new Semaphore(MOST_AT_ONCE);
    /** The daemon's own log (its standard error: the log file next to the socket). */
    private final PrintStream log;
    private final AtomicInteger served = new AtomicInteger();
    private final long startedAt = System.currentTimeMillis();
    private volatile long lastUse = System.nanoTime();
    private volatile ServerSocketChannel server;
    private Object socketKey;

    public DaemonServer(DaemonAddress address, Duration idle, Runner runner, PrintStream log) {
        this.address = address;
        this.idle = idle;
        this.runner = runner;
        this.log = log;
    }

    /** Binds the socket; false when another daemon of this build already answers there. */
    public boolean bind() throws IOException {
        address.prepare();
        Path socket = address.socket();
        if (answers(socket)) {
            return false;
        }
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        socketKey = Files.readAttributes(socket, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        return true;
    }

    /** True when a daemon listens on {@code socket} for more than a second (a stale one may be closing). */
    private static boolean answers(Path socket) {
        for (int attempt = 0; attempt < 10 && Files.exists(socket); attempt++) {
            try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                Thread.sleep(100);
            } catch (IOException dead) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        return Files.exists(socket);
    }

    /** Accepts clients until stopped or idle; removes its socket on the way out. */
    public void serve() {
        Thread.ofPlatform().daemon().name("berth-daemon-idle").start(this::watchIdle);
        try {
            while (true) {
                SocketChannel client = server.accept();
                Thread.ofVirtual().name("berth-daemon-client").start(() -> handle(client));
            }
        } catch (IOException closed) {
            // stop() or the idle watch closed the server socket
        } finally {
            removeSocket();
        }
    }

    public void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing is all that was asked
        }
    }

    /** Runs a command with its output thrown away, to load and compile the common paths before a client asks. */
    public void warmUp(Request request, String user) {
        if (!running.tryAcquire()) {
            return;
        }
        PrintStream none = new PrintStream(java.io.OutputStream.nullOutputStream());
        try {
            runner.run(request, new Client(user, none, none));
        } catch (Exception ignored) {
            // a warm-up that fails (no dockerd yet) still loaded what it could
        } finally {
            running.release();
        }
        runner.between();
    }

    private void handle(SocketChannel channel) {
        try (channel) {
            String user = Admission.peer(channel);
            if (user == null) {
                log.println("berth daemon: refused a connection from another user");
                return;
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            Request request = Admission.request(channel, in, log);
            if (request == null) {
                return;
            }
            if (!request.identity().equals(address.identity())) {
                refuse(out, "stale");
                stop();
                return;
            }
            if (request.args().size() == 2 && request.args().getFirst().equals("daemon")) {
                control(request.args().get(1), out);
                return;
            }
            if (!running.tryAcquire()) {
                refuse(out, "busy");
                return;
            }
            long start = System.nanoTime();
            AtomicBoolean released = new AtomicBoolean();
            Runnable release = () -> {
                if (released.compareAndSet(false, true)) {
                    lastUse = System.nanoTime();
                    served.incrementAndGet();
                    running.release();
                }
            };
            try {
                new ForwardedRun(request, user, in, out).run(runner, release);
                // the command word only: arguments can name files or values that are nobody else's business
                log.println("berth daemon: " + Routing.command(request.args()) + " in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                release.run();
            }
            runner.between();
        } catch (IOException gone) {
            // the client went away; its command was interrupted by ForwardedRun
        }
    }

    private void control(String verb, DataOutputStream out) throws IOException {
        String text = switch (verb) {
            case "status" -> "berth daemon: pid " + ProcessHandle.current().pid() + ", up "
                    + (System.currentTimeMillis() - startedAt) / 1000 + " s, " + served.get() + " commands, "
                    + (MOST_AT_ONCE - running.availablePermits()) + " running, socket " + address.socket() + "\n";
            case "stop" -> "berth daemon: stopping pid " + ProcessHandle.current().pid() + "\n";
            default -> "berth daemon: unknown request " + verb + "\n";
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Wire.writeFrame(out, Wire.OUT, bytes, 0, bytes.length);
        out.write(Wire.exitFrame(0));
        out.flush();
        if (verb.equals("stop")) {
            stop();
        }
    }

    private static void refuse(DataOutputStream out, String reason) throws IOException {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        Wire.writeFrame(out, Wire.REFUSED, bytes, 0, bytes.length);
    }

    private void watchIdle() {
        while (server.isOpen()) {
            try {
                Thread.sleep(Math.min(idle.toMillis(), 5_000));
            } catch (InterruptedException e) {
                return;
            }
            boolean quiet = running.availablePermits() == MOST_AT_ONCE;
            if (quiet && System.nanoTime() - lastUse > idle.toNanos()) {
                stop();
            }
        }
    }

    /** Deletes the socket file only while it is still ours: a newer daemon may have bound the same path. */
    private void removeSocket() {
        Path socket = address.socket();
        try {
            Object key = Files.readAttributes(socket, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            if (key != null && key.equals(socketKey)) {
                Files.deleteIfExists(socket);
            }
        } catch (IOException ignored) {
            // already gone
        }
    }
}
