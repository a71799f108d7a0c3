package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.cli.daemon.DaemonAddress;
import dev.berth.cli.daemon.DaemonClient;
import dev.berth.cli.daemon.DaemonServer;
import dev.berth.cli.daemon.Request;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CLI behind the daemon's socket: output, errors and exit codes reach the client, run after run. */
class ForwardedCommandTest {
    @TempDir
    Path dir;

    record Answer(int code, String out, String err) {}

    private Answer send(DaemonAddress address, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DaemonClient.Result r = DaemonClient.send(address, new Request(address.identity(), dir, false, env, List.of(args)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(r.outcome()).isEqualTo(DaemonClient.Outcome.DONE);
        return new Answer(r.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void picocliOwnOutputAndOurErrorsReachTheClientOnEveryRun() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  app:\n    image: ${IMAGE}\n    bogus: 1\n");
        Files.writeString(dir.resolve("good.yaml"), "services:\n  app:\n    image: ${IMAGE}\n");
        DaemonAddress address = new DaemonAddress(dir.resolve("d"), Path.of("/x/berth.jar"), "build");
        DaemonServer server = new DaemonServer(address, Duration.ofMinutes(1), new DaemonCommand.Forwarded(),
                new PrintStream(java.io.OutputStream.nullOutputStream()));
        assertThat(server.bind()).isTrue();
        Thread serving = Thread.ofPlatform().start(server::serve);
        try {
            for (int run = 0; run < 3; run++) { // the first run builds its command tree, later ones take a spare
                assertThat(send(address, Map.of(), "--version").out()).startsWith("Berth version ");
                Answer broken = send(address, Map.of("IMAGE", "x"), "config");
                assertThat(broken.code()).isEqualTo(1);
                assertThat(broken.err()).contains("compose.yaml:4:5: services.app.bogus");
                Answer good = send(address, Map.of("IMAGE", "img" + run), "-f", "good.yaml", "config", "--images");
                assertThat(good.out()).as("code " + good.code() + " err " + good.err()).isEqualTo("img" + run + "\n");
                assertThat(send(address, Map.of(), "nonsense").err()).contains("Unmatched argument");
                // relative paths are the caller's: an --env-file next to the compose file, not in the daemon's directory
                Files.writeString(dir.resolve("vars.env"), "IMAGE=from-env-file-" + run + "\n");
                Answer fromFile = send(address, Map.of(), "--env-file", "vars.env", "-f", "good.yaml", "config", "--images");
                assertThat(fromFile.out()).as(fromFile.err()).isEqualTo("from-env-file-" + run + "\n");
            }
        } finally {
            server.stop();
            serving.join(5_000);
        }
    }

    @Test
    void theDaemonCollectsItsHeapAfterTheWarmUpAndTheFirstTwoCommandsOnly() {
        AtomicInteger collections = new AtomicInteger();
        DaemonCommand.Forwarded forwarded = new DaemonCommand.Forwarded(collections::incrementAndGet);
        forwarded.between(); // warm-up commands
        forwarded.between();
        assertThat(collections).hasValue(0);
        forwarded.settle();
        assertThat(collections).hasValue(1);
        forwarded.between();
        forwarded.between();
        assertThat(collections).hasValue(3);
        forwarded.between();
        forwarded.between();
        assertThat(collections).hasValue(3);
    }
}
