package dev.berth.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ContainerState;
import dev.berth.engine.DockerFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/berth} as a person runs it: the thin client (berth-*-client.jar) forwards to the daemon, and runs
 * the full JVM as its child for the rest, with the same output, exit code and signals.
 */
class ThinClientIT {
    private static final Path SCRIPT = Path.of("scripts/berth").toAbsolutePath();
    private final DockerFixture docker = new DockerFixture();
    @TempDir
    Path home;

    record Run(int code, String out, String err) {}

    private ProcessBuilder berth(Map<String, String> env, String... args) {
        ProcessBuilder pb = new ProcessBuilder(concat(SCRIPT.toString(), args)).directory(home.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("BERTH_DAEMON", "1");
        pb.environment().put("BERTH_DAEMON_DIR", home.resolve("d").toString());
        pb.environment().put("BERTH_DAEMON_IDLE", "120");
        pb.environment().putAll(env);
        return pb;
    }

    private Run run(String... args) throws IOException, InterruptedException {
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process p = berth(Map.of(), args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("berth " + String.join(" ", args) + " ends").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @AfterEach
    void stopDaemon() throws Exception {
        run("daemon", "stop");
        docker.close();
    }

    @Test
    void withoutADaemonTheFullJvmRunsTheCommandAndLeavesOneThatRunsTheNext() throws Exception {
        DockerFixture.compose(home, "services:\n  web: {image: \"berth/busybox:latest\", environment: {A: \"${WHO:-x}\"}}\n");
        Run first = run("config", "--services");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("web\n");
        DockerFixture.eventually(() -> {
            try {
                return run("daemon", "status").code() == 0;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }, Duration.ofSeconds(60));
        Run second = run("config", "--services");
        assertThat(second.out()).isEqualTo("web\n");
        assertThat(run("daemon", "status").out()).contains(", 1 commands");
        // not for the daemon: the child JVM runs it, and its exit code and message come back
        Run exec = run("exec", "web", "true");
        assertThat(exec.code()).isEqualTo(1);
        assertThat(exec.err()).contains("service \"web\" is not running");
        assertThat(run("daemon", "status").out()).contains(", 1 commands");
    }

    @Test
    void aTermSentToTheClientReachesTheFullJvmItStarted() throws Exception {
        String name = docker.project("thinterm");
        DockerFixture.compose(home, "services:\n  app: {image: \"berth/busybox:latest\", command: [\"sleep\", \"300\"],"
                + " stop_grace_period: 1s}\n");
        Path out = home.resolve("up.txt");
        Process up = berth(Map.of(), "-p", name, "up").redirectErrorStream(true).redirectOutput(out.toFile()).start();
        DockerFixture.eventually(() -> docker.containers(name).stream().anyMatch(ContainerState::running),
                Duration.ofSeconds(90));
        List<ProcessHandle> children = up.toHandle().descendants().toList();
        try {
            assertThat(children).as("the full JVM under the client").isNotEmpty();
            up.destroy(); // SIGTERM to the client only, as a supervisor sends it
            assertThat(up.waitFor(60, TimeUnit.SECONDS)).as("client ends").isTrue();
            assertThat(up.exitValue()).isNotZero();
            assertThat(children).noneMatch(ProcessHandle::isAlive);
        } finally {
            children.forEach(ProcessHandle::destroyForcibly);
            up.destroyForcibly();
        }
        assertThat(docker.containers(name)).isNotEmpty().noneMatch(ContainerState::running);
        assertThat(Files.readString(out)).doesNotContain("Exception");
    }
}
