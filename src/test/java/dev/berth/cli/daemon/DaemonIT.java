package dev.berth.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar in real processes: a first command runs in-process and leaves a daemon behind; the next ones
 * run in it with the caller's directory, environment and exit code, on the real dockerd.
 */
class DaemonIT {
    @TempDir
    Path home;
    private Path project;
    private final String name = "berthit-daemon-" + UUID.randomUUID().toString().substring(0, 8);

    record Run(int code, String out, String err) {}

    private Run berth(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", Path.of("target/berth.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile());
        pb.environment().put("BERTH_DAEMON", "1");
        pb.environment().put("BERTH_DAEMON_DIR", home.resolve("d").toString());
        pb.environment().put("BERTH_DAEMON_IDLE", "120");
        pb.environment().putAll(env);
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(project.resolve(file), text);
    }

    /** The services have {@code init: true}: sleep as PID 1 ignores SIGTERM, and each down would wait out 10 s. */
    @AfterEach
    void stop() throws Exception {
        if (project != null) {
            berth(Map.of("BERTH_DAEMON", "0"), "-p", name, "down");
            berth(Map.of(), "daemon", "stop");
        }
    }

    @Test
    void aFirstCommandLeavesADaemonThatRunsTheNextOnesAsTheCallerWouldInProcess() throws Exception {
        project = Files.createDirectories(home.resolve("work"));
        write("compose.yaml", """
                services:
                  app:
                    image: berth/busybox:latest
                    init: true
                    command: ["sleep", "300"]
                    environment:
                      GREETING: ${GREETING}
                """);
        Run first = berth(Map.of("GREETING", "hello"), "-p", name, "config");
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("GREETING: hello");

        Run status = awaitDaemon();
        assertThat(status.out()).contains("berth daemon: pid ").contains(", 0 commands");

        Run second = berth(Map.of("GREETING", "bonjour"), "-p", name, "config");
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("GREETING: bonjour");

        Run up = berth(Map.of("GREETING", "hi"), "-p", name, "up", "-d");
        assertThat(up.code()).as(up.err()).isZero();
        Run ps = berth(Map.of(), "-p", name, "ps", "--format", "json");
        assertThat(ps.out()).contains(name + "-app-1").contains("running");

        write("compose.yaml", "services:\n  app:\n    image: berth/busybox:latest\n    bogus: 1\n");
        Run broken = berth(Map.of(), "-p", name, "config");
        assertThat(broken.code()).isEqualTo(1); // as the reference
        assertThat(broken.err()).contains("compose.yaml:4:5: services.app.bogus").doesNotContain("Exception");

        assertThat(berth(Map.of(), "daemon", "status").out()).contains(", 4 commands");
    }

    @Test
    void ctrlCOnTheClientInterruptsTheCommandInTheDaemonAndFreesIt() throws Exception {
        project = Files.createDirectories(home.resolve("chain"));
        write("compose.yaml", """
                services:
                  first:
                    image: berth/busybox:latest
                    init: true
                    command: ["sleep", "300"]
                    healthcheck: {test: ["CMD", "sh", "-c", "sleep 2"], interval: 1s, retries: 30}
                  second:
                    image: berth/busybox:latest
                    init: true
                    command: ["sleep", "300"]
                    depends_on: {first: {condition: service_healthy}}
                """);
        berth(Map.of(), "-p", name, "config", "-q"); // leaves the daemon
        awaitDaemon();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/berth.jar").toAbsolutePath().toString(), "-p", name, "up", "-d"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile());
        pb.environment().put("BERTH_DAEMON", "1");
        pb.environment().put("BERTH_DAEMON_DIR", home.resolve("d").toString());
        Path out = home.resolve("up.txt");
        Process up = pb.redirectErrorStream(true).redirectOutput(out.toFile()).start();
        long end = System.nanoTime() + 60_000_000_000L;
        while (!Files.readString(out).contains("first-1  Started") && System.nanoTime() < end) {
            Thread.sleep(100); // waiting for the daemon's output to reach the client
        }
        assertThat(Files.readString(out)).contains("first-1  Started");
        up.destroy(); // SIGTERM: the client's shutdown hook sends the cancel, as Ctrl-C does
        up.waitFor();
        Run status = berth(Map.of(), "daemon", "status");
        assertThat(status.out()).contains(", 0 running,");
        Run ps = berth(Map.of("BERTH_DAEMON", "0"), "-p", name, "ps", "-a", "--format", "json");
        assertThat(ps.out()).contains(name + "-second-1").doesNotContain("\"Service\":\"second\",\"State\":\"running\"");
        assertThat(Files.readString(out)).doesNotContain("Exception");
    }

    private Run awaitDaemon() throws Exception {
        long end = System.nanoTime() + 60_000_000_000L;
        Run status = berth(Map.of(), "daemon", "status");
        while (status.code() != 0 && System.nanoTime() < end) {
            Thread.sleep(200); // the daemon is a separate process starting in the background
            status = berth(Map.of(), "daemon", "status");
        }
        assertThat(status.code()).as("daemon status: " + status.out() + status.err()).isZero();
        return status;
    }
}
