package dev.berth.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.cli.daemon.ResidentDaemon.Answer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, reliability: a daemon killed in the middle of a forwarded command, and a socket fed what no client
 * sends. Each case reports its timings on stdout (the figures of the report).
 */
class DaemonFaultsIT {
    @TempDir
    Path root;
    private ResidentDaemon daemon;
    private final String project = "berthit-faults-" + UUID.randomUUID().toString().substring(0, 8);

    private static Map<String, String> caller() {
        return Map.of("PATH", System.getenv("PATH"), "HOME", System.getProperty("user.home"), "COMPOSE_PROGRESS", "plain");
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (daemon != null) {
            daemon.close();
            daemon.send(root, caller(), "daemon", "stop"); // the one a client started after a kill, if any
        }
        new ProcessBuilder("docker", "compose", "-p", project, "down", "-t", "0").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    @Test
    void aDaemonKilledInTheMiddleOfUpIsReportedAndTheNextCommandFinishesTheJob() throws Exception {
        daemon = ResidentDaemon.start(root, Map.of());
        Path dir = Files.createDirectories(root.resolve("work"));
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  first:
                    image: berth/busybox:latest
                    command: ["sleep", "300"]
                    init: true
                    healthcheck: {test: ["CMD", "sh", "-c", "sleep 2"], interval: 1s, retries: 30}
                  second:
                    image: berth/busybox:latest
                    command: ["sleep", "300"]
                    init: true
                    depends_on: {first: {condition: service_healthy}}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Answer> up = CompletableFuture.supplyAsync(
                () -> daemon.send(dir, caller(), out, err, "-p", project, "up", "-d"));
        long end = System.nanoTime() + 60_000_000_000L;
        while (!err.toString(StandardCharsets.UTF_8).contains("first-1  Started") && System.nanoTime() < end) {
            Thread.sleep(50); // the daemon's output reaching this client
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("first-1  Started");
        long killed = System.nanoTime();
        daemon.process.destroyForcibly(); // SIGKILL while second waits for first to be healthy
        Answer answer = up.get();
        long reported = System.nanoTime();
        assertThat(answer.code()).isEqualTo(1);
        assertThat(answer.err()).contains("berth: the daemon stopped during the command").doesNotContain("Exception");
        assertThat(daemon.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(daemon.send(dir, caller(), "-p", project, "ps").outcome()).isEqualTo(DaemonClient.Outcome.NO_DAEMON);
        long again = System.nanoTime();
        String next = berth(dir, "-p", project, "up", "-d"); // a real client: runs in-process, starts a new daemon
        long nextDone = System.nanoTime();
        assertThat(next).startsWith("exit 0");
        String ps = berth(dir, "-p", project, "ps", "-a", "--format", "{{.Name}} {{.State}}");
        assertThat(ps.lines().skip(1).sorted().toList())
                .containsExactly(project + "-first-1 running", project + "-second-1 running");
        System.out.printf("daemon killed: client told in %d ms; the next up -d (in-process) in %d ms%n",
                (reported - killed) / 1_000_000, (nextDone - again) / 1_000_000);
    }

    /** berth as a user runs it, with the daemon on: "exit N" then its stdout (stderr to the log). */
    private String berth(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-jar", Path.of("target/berth.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("BERTH_DAEMON", "1");
        pb.environment().put("BERTH_DAEMON_DIR", root.resolve("sockets").toString());
        pb.environment().put("BERTH_DAEMON_IDLE", "20"); // a daemon these clients start and cleanUp misses goes soon
        pb.environment().put("COMPOSE_PROGRESS", "plain");
        Process p = pb.redirectError(ProcessBuilder.Redirect.appendTo(root.resolve("client.log").toFile())).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return "exit " + p.waitFor() + "\n" + out;
    }

    @Test
    void garbageTruncatedAndOversizedRequestsAreRefusedAndNothingRuns() throws Exception {
        daemon = ResidentDaemon.start(root, Map.of());
        Path marker = root.resolve("ran.txt");
        List<String> wouldWrite = List.of("config", "-o", marker.toString());
        byte[] whole = request(Map.of(), wouldWrite);

        assertRefused("garbage", HexFormat.of().parseHex("deadbeef00000001ffffffff41414141"), true);
        assertRefused("truncated, then closed", java.util.Arrays.copyOf(whole, whole.length / 2), true);
        long start = System.nanoTime();
        assertRefused("truncated, then silent", java.util.Arrays.copyOf(whole, whole.length / 2), false);
        long silent = (System.nanoTime() - start) / 1_000_000;
        assertThat(silent).isBetween(DaemonServer.REQUEST_TIME.toMillis() - 500, DaemonServer.REQUEST_TIME.toMillis() + 5_000);
        assertRefused("one huge length", HexFormat.of().parseHex("4245525400000001" + "7fffffff"), true);
        assertRefused("over 4 MiB in all", request(Map.of("A", "x".repeat(2 << 20), "B", "x".repeat(2 << 20), "C", "x".repeat(2 << 20)), wouldWrite), true);

        assertThat(marker).doesNotExist();
        Answer status = daemon.send(root, caller(), "daemon", "status");
        assertThat(status.out()).contains(", 0 commands, 0 running");
        assertThat(daemon.log()).contains("refused a request");
        System.out.printf("a silent half request is dropped after %d ms%n", silent);
    }

    @Test
    void aConnectionFromAnotherUserIsRefusedAndNothingRuns() throws Exception {
        daemon = ResidentDaemon.start(root, Map.of());
        // as if the socket's directory were open to all: the peer check is then the only guard
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(daemon.address.directory(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(daemon.address.socket(), PosixFilePermissions.fromString("rwxrwxrwx"));
        Path shared = Files.createDirectories(Path.of("/tmp", project));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path marker = shared.resolve("ran.txt");
        try {
            byte[] bytes = request(Map.of(), List.of("config", "-o", marker.toString()));
            Process p = new ProcessBuilder("runuser", "-u", "nobody", "--", "/usr/bin/python3", "-c", """
                    import socket, sys
                    s = socket.socket(socket.AF_UNIX)
                    s.connect(sys.argv[1])
                    got = b''
                    try:
                        s.sendall(bytes.fromhex(sys.argv[2]))
                        while True:
                            chunk = s.recv(4096)
                            if not chunk: break
                            got += chunk
                    except (BrokenPipeError, ConnectionResetError):
                        pass  # hung up on while sending: refused
                    print(len(got))
                    """, daemon.address.socket().toString(), HexFormat.of().formatHex(bytes)).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(p.waitFor()).as(said).isZero();
            assertThat(said).isEqualTo("0"); // the connection closed without a byte
            assertThat(marker).doesNotExist();
            assertThat(daemon.log()).contains("refused a connection from another user");
            assertThat(daemon.send(root, caller(), "daemon", "status").out()).contains(", 0 commands, 0 running");
        } finally {
            Files.deleteIfExists(marker);
            Files.deleteIfExists(shared);
        }
    }

    /** A request as the client writes it, for this daemon's build, from {@code root}. */
    private byte[] request(Map<String, String> env, List<String> args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Wire.writeRequest(new DataOutputStream(bytes), new Request(daemon.address.identity(), root, false, env, args));
        return bytes.toByteArray();
    }

    /** Sends {@code bytes} (closing our side when {@code close}), and expects the daemon to hang up without an answer. */
    private void assertRefused(String what, byte[] bytes, boolean close) throws Exception {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(daemon.address.socket()));
            OutputStream out = Channels.newOutputStream(channel);
            try {
                out.write(bytes);
                out.flush();
                if (close) {
                    channel.shutdownOutput();
                }
            } catch (IOException hungUp) {
                // the daemon closed while we were still sending: refused early
            }
            InputStream in = Channels.newInputStream(channel);
            byte[] answer;
            try {
                answer = in.readAllBytes();
            } catch (IOException reset) {
                answer = new byte[0];
            }
            assertThat(answer).as(what).isEmpty();
        }
        assertThat(daemon.process.isAlive()).as(what).isTrue();
    }
}
