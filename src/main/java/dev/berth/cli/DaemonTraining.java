package dev.berth.cli;

import dev.berth.cli.daemon.DaemonAddress;
import dev.berth.cli.daemon.DaemonClient;
import dev.berth.cli.daemon.DaemonServer;
import dev.berth.cli.daemon.Request;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Part of the AOT training run: one command through a daemon on a private socket, so that the cache holds the
 * client's classes (and the JDK's unix-socket ones) that a forwarded command loads.
 */
public final class DaemonTraining {
    private DaemonTraining() {}

    public static String roundTrip(Invocation caller) {
        try {
            Path dir = Files.createTempDirectory("berth-training-daemon");
            DaemonAddress address = new DaemonAddress(dir, DaemonAddress.of(caller.environment()).code(), "training");
            DaemonServer server = new DaemonServer(address, Duration.ofMinutes(1), new DaemonCommand.Forwarded(), caller.err());
            if (!server.bind()) {
                return "training: daemon round trip -> no socket";
            }
            Thread serving = Thread.ofPlatform().start(server::serve);
            PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
            DaemonClient.Result r = DaemonClient.send(address,
                    new Request("training", dir, false, caller.environment(), List.of("--version")), sink, sink);
            server.stop();
            serving.join(5_000);
            Files.deleteIfExists(dir);
            return "training: daemon round trip -> " + r.outcome() + " exit " + r.exitCode();
        } catch (IOException | InterruptedException e) {
            return "training: daemon round trip -> " + e.getMessage();
        }
    }
}
