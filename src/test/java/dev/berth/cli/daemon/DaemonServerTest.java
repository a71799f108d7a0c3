package dev.berth.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's protocol end to end on a real unix socket, with a scripted runner instead of the CLI. */
class DaemonServerTest {
    @TempDir
    Path dir;
    private DaemonServer server;
    private Thread serving;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private DaemonAddress start(DaemonServer.Runner runner) throws Exception {
        DaemonAddress address = new DaemonAddress(dir.resolve("sockets"), Path.of("/x/berth.jar"), "build-1");
        server = new DaemonServer(address, Duration.ofMinutes(1), runner, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(server.bind()).isTrue();
        serving = Thread.ofPlatform().start(server::serve);
        return address;
    }

    private DaemonClient.Result send(DaemonAddress address, String identity, Map<String, String> env, String... args) {
        return DaemonClient.send(address, new Request(identity, dir, true, env, List.of(args)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
            serving.join(5_000);
        }
    }

    @Test
    void theCommandSeesTheCallersEnvironmentAndDirectoryAndItsOutputAndExitCodeComeBack() throws Exception {
        DaemonAddress address = start((request, client) -> {
            client.out().println("hello " + request.environment().get("WHO") + " in " + request.workingDir().getFileName());
            client.err().println("args " + request.args() + " terminal " + request.terminal());
            return 3;
        });
        DaemonClient.Result result = send(address, "build-1", Map.of("WHO", "ana"), "config", "-q");
        assertThat(result.outcome()).isEqualTo(DaemonClient.Outcome.DONE);
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello ana in " + dir.getFileName() + "\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("args [config, -q] terminal true\n");
        assertThat(Files.getPosixFilePermissions(address.directory())).hasSize(3); // rwx for the owner only
    }

    @Test
    void aClientOfAnotherBuildIsToldStaleAndTheOldDaemonGoesAway() throws Exception {
        DaemonAddress address = start((request, client) -> 0);
        assertThat(send(address, "build-2", Map.of(), "ps").outcome()).isEqualTo(DaemonClient.Outcome.STALE);
        serving.join(5_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(address.socket()).doesNotExist();
        assertThat(send(address, "build-1", Map.of(), "ps").outcome()).isEqualTo(DaemonClient.Outcome.NO_DAEMON);
    }

    @Test
    void commandsRunAtOnceEachWithItsOwnCallerAndStreams() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        DaemonAddress address = start((request, client) -> {
            together.await(5, TimeUnit.SECONDS); // both are inside before either writes
            client.out().println("I am " + request.environment().get("WHO") + " in " + request.workingDir());
            client.err().println("err of " + request.environment().get("WHO"));
            return request.environment().get("WHO").length();
        });
        ByteArrayOutputStream out2 = new ByteArrayOutputStream();
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        Thread other = Thread.ofPlatform().start(() -> {
            DaemonClient.Result r = DaemonClient.send(address, new Request("build-1", Path.of("/elsewhere"), false,
                    Map.of("WHO", "bernadette"), List.of("ps")), new PrintStream(out2, true, StandardCharsets.UTF_8),
                    new PrintStream(err2, true, StandardCharsets.UTF_8));
            assertThat(r.exitCode()).isEqualTo(10);
        });
        DaemonClient.Result mine = send(address, "build-1", Map.of("WHO", "ana"), "ps");
        other.join(5_000);
        assertThat(mine.exitCode()).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("I am ana in " + dir + "\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("err of ana\n");
        assertThat(out2.toString(StandardCharsets.UTF_8)).isEqualTo("I am bernadette in /elsewhere\n");
        assertThat(err2.toString(StandardCharsets.UTF_8)).isEqualTo("err of bernadette\n");
    }

    @Test
    void pastTheMostAtOnceAClientIsSentBackToRunInProcess() throws Exception {
        CountDownLatch inside = new CountDownLatch(DaemonServer.MOST_AT_ONCE);
        CountDownLatch release = new CountDownLatch(1);
        DaemonAddress address = start((request, client) -> {
            inside.countDown();
            release.await();
            return 0;
        });
        List<Thread> running = new java.util.ArrayList<>();
        for (int i = 0; i < DaemonServer.MOST_AT_ONCE; i++) {
            running.add(Thread.ofPlatform().start(() -> send(address, "build-1", Map.of(), "up", "-d")));
        }
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(send(address, "build-1", Map.of(), "ps").outcome()).isEqualTo(DaemonClient.Outcome.LOCAL);
        release.countDown();
        for (Thread t : running) {
            t.join(5_000);
        }
        assertThat(send(address, "build-1", Map.of(), "ps").outcome()).isEqualTo(DaemonClient.Outcome.DONE);
    }

    @Test
    void stopAnswersAndClosesTheSocket() throws Exception {
        DaemonAddress address = start((request, client) -> 0);
        DaemonClient.Result result = send(address, "build-1", Map.of(), "daemon", "stop");
        assertThat(result.exitCode()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("berth daemon: stopping pid ");
        serving.join(5_000);
        assertThat(address.socket()).doesNotExist();
    }

    @Test
    void theClientGoingAwayInterruptsTheCommand() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch inside = new CountDownLatch(1);
        DaemonAddress address = start((request, client) -> {
            inside.countDown();
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return 130;
        });
        Thread client = Thread.ofPlatform().start(() -> send(address, "build-1", Map.of(), "down"));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        client.interrupt(); // closes the client's channel, as a killed client process would
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
