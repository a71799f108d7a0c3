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

    private DaemonAddress start(DaemonServer.Runner runner) throws Exception {
        DaemonAddress address = new DaemonAddress(dir.resolve("sockets"), Path.of("/x/berth.jar"), "build-1");
        server = new DaemonServer(address, Duration.ofMinutes(1), runner);
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
        DaemonAddress address = start(request -> {
            System.out.println("hello " + request.environment().get("WHO") + " in " + request.workingDir().getFileName());
            System.err.println("args " + request.args() + " terminal " + request.terminal());
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
        DaemonAddress address = start(request -> 0);
        assertThat(send(address, "build-2", Map.of(), "ps").outcome()).isEqualTo(DaemonClient.Outcome.STALE);
        serving.join(5_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(address.socket()).doesNotExist();
        assertThat(send(address, "build-1", Map.of(), "ps").outcome()).isEqualTo(DaemonClient.Outcome.NO_DAEMON);
    }

    @Test
    void aSecondClientWhileOneRunsIsSentBackToRunInProcess() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DaemonAddress address = start(request -> {
            inside.countDown();
            release.await();
            return 0;
        });
        Thread first = Thread.ofPlatform().start(() -> send(address, "build-1", Map.of(), "up", "-d"));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(send(address, "build-1", Map.of(), "ps").outcome()).isEqualTo(DaemonClient.Outcome.LOCAL);
        release.countDown();
        first.join(5_000);
        assertThat(send(address, "build-1", Map.of(), "ps").outcome()).isEqualTo(DaemonClient.Outcome.DONE);
    }

    @Test
    void stopAnswersAndClosesTheSocket() throws Exception {
        DaemonAddress address = start(request -> 0);
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
        DaemonAddress address = start(request -> {
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
