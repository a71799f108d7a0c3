package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ContainerState;
import dev.berth.engine.DockerFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each CLI command against the real dockerd, run in this JVM as the daemon runs it: what it changes on the engine
 * and what it prints (the reference's words and columns, compared with docker compose v2.40.3 on the same file).
 * These commands change the project, so each test has a project of its own; the commands that only read it are in
 * {@link ReadingCommandsIT}, which shares one.
 */
class CommandsIT {
    private static final Duration LONG = Duration.ofSeconds(60);
    static final String COMPOSE = """
            services:
              web:
                image: berth/busybox:latest
                init: true
                command: ["httpd", "-f", "-p", "8080"]
                ports: ["8080"]
              worker:
                image: berth/busybox:latest
                init: true
                command: ["sh", "-c", "echo hello from worker; echo err line >&2; sleep 3600"]
              once:
                image: berth/busybox:latest
                command: ["sh", "-c", "echo done; exit 3"]
            """;

    private final DockerFixture docker = new DockerFixture();
    @TempDir
    Path dir;
    private InProcessCli cli;
    private String name;

    @BeforeEach
    void up() throws Exception {
        DockerFixture.compose(dir, COMPOSE);
        name = docker.project("cmd");
        cli = new InProcessCli(dir);
        InProcessCli.Ran up = berth("up", "-d");
        assertThat(up.code()).as(up.err()).isZero();
        DockerFixture.eventually(() -> state("once").map(c -> "exited".equals(c.state())).orElse(false), LONG);
    }

    @AfterEach
    void cleanup() {
        docker.close();
    }

    private InProcessCli.Ran berth(String... args) {
        return cli.run(withProject(args));
    }

    private String[] withProject(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "-p";
        all[1] = name;
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    private java.util.Optional<ContainerState> state(String service) {
        return docker.containers(name).stream().filter(c -> c.serviceName().equals(service)).findFirst();
    }

    @Test
    void lifecycleCommandsChangeTheContainersStateAndSayWhatTheyDid() throws Exception {
        assertThat(berth("pause", "worker").err()).contains("Container " + name + "-worker-1  Paused");
        assertThat(state("worker").orElseThrow().state()).isEqualTo("paused");
        berth("unpause", "worker");
        assertThat(state("worker").orElseThrow().state()).isEqualTo("running");
        InProcessCli.Ran kill = berth("kill", "-s", "SIGTERM", "worker");
        assertThat(kill.err()).contains("worker-1  Killing", "worker-1  Killed");
        DockerFixture.eventually(() -> "exited".equals(state("worker").orElseThrow().state()), LONG);
        assertThat(state("worker").orElseThrow().exitCode()).isEqualTo(143);
        berth("start", "worker");
        assertThat(state("worker").orElseThrow().state()).isEqualTo("running");
        InProcessCli.Ran stop = berth("stop", "worker");
        assertThat(stop.err()).contains("worker-1  Stopping", "worker-1  Stopped").doesNotContain("Exited");
        assertThat(state("worker").orElseThrow().state()).isEqualTo("exited");
        InProcessCli.Ran restart = berth("restart", "web", "worker");
        assertThat(restart.err()).contains("web-1  Restarting", "web-1  Started", "worker-1  Restarting",
                "worker-1  Started");
        assertThat(docker.containers(name)).filteredOn(c -> !c.serviceName().equals("once"))
                .allMatch(ContainerState::running); // the stopped worker starts too, as with the reference
    }

    @Test
    void rmAsksFirstAndRemovesOnlyStoppedContainersUnlessToldToStopThem() {
        InProcessCli.Ran no = cli.withInput("n\n", withProject("rm", "once"));
        assertThat(no.out()).isEqualTo("Going to remove " + name + "-once-1");
        assertThat(state("once")).isPresent();
        InProcessCli.Ran yes = cli.withInput("y\n", withProject("rm", "once"));
        assertThat(yes.err()).contains("once-1  Removed");
        assertThat(state("once")).isEmpty();
        InProcessCli.Ran running = berth("rm", "-f", "web");
        assertThat(running.err()).contains("No stopped containers");
        assertThat(state("web")).isPresent();
        InProcessCli.Ran stopped = berth("rm", "-f", "-s", "web");
        assertThat(stopped.out()).isEqualTo("Going to remove " + name + "-web-1\n");
        assertThat(stopped.err()).contains("web-1  Stopping", "web-1  Stopped", "web-1  Removed");
        assertThat(state("web")).isEmpty();
        assertThat(berth("create", "web").code()).isZero();
        assertThat(state("web").orElseThrow().state()).isEqualTo("created");
    }

    @Test
    void oneServiceCommandsLeaveTheOthersAloneAndDoNotCallThemOrphans() {
        InProcessCli.Ran again = berth("up", "-d", "worker");
        assertThat(again.err()).contains("Container " + name + "-worker-1  Running").doesNotContain("orphan");
        InProcessCli.Ran pruning = berth("up", "-d", "--remove-orphans", "worker");
        assertThat(pruning.code()).as(pruning.err()).isZero();
        assertThat(state("web")).as("another service's container is no orphan").isPresent();
        assertThat(state("once")).isPresent();
        InProcessCli.Ran scaled = berth("scale", "worker=2");
        assertThat(scaled.code()).as(scaled.err()).isZero();
        assertThat(scaled.err()).doesNotContain("orphan");
        assertThat(docker.containers(name)).filteredOn(c -> c.serviceName().equals("worker"))
                .hasSize(2).allMatch(ContainerState::running);
        assertThat(state("web").orElseThrow().running()).isTrue();
    }

    @Test
    void waitReportsEachExitAndReturnsTheCode() {
        InProcessCli.Ran none = berth("wait", "once");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("no containers for project \"" + name + "\"");
        String id = state("worker").orElseThrow().id();
        Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
            docker.gateway.kill(id, "SIGUSR1"); // sh dies of it: 128 + 10
        });
        InProcessCli.Ran waited = berth("wait", "worker");
        assertThat(waited.out()).isEqualTo("container \"" + id + "\" exited with status code 138\n");
        assertThat(waited.code()).isEqualTo(138);
    }
}
