package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ContainerState;
import dev.berth.engine.DockerFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each CLI command against the real dockerd, run in this JVM as the daemon runs it: what it changes on the engine
 * and what it prints (the reference's words and columns, compared with docker compose v2.40.3 on the same file).
 */
class CommandsIT {
    private static final Duration LONG = Duration.ofSeconds(60);
    private static final String COMPOSE = """
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
    void psListsRunningContainersFiltersThemAndWritesTheReferencesJson() {
        List<String> running = berth("ps").lines();
        assertThat(running.getFirst()).startsWith("NAME").contains("SERVICE", "CREATED", "STATUS", "PORTS");
        assertThat(running).hasSize(3).anyMatch(l -> l.startsWith(name + "-web-1 ")).noneMatch(l -> l.contains("-once-1"));
        assertThat(berth("ps", "-a").lines()).anyMatch(l -> l.startsWith(name + "-once-1 ") && l.contains("Exited (3)"));
        assertThat(berth("ps", "--services").out()).isEqualTo("web\nworker\n");
        assertThat(berth("ps", "--status", "exited").lines()).hasSize(2).last().asString().startsWith(name + "-once-1 ");
        assertThat(berth("ps", "--filter", "status=exited").lines()).hasSize(2).last().asString()
                .startsWith(name + "-once-1 ");
        assertThat(berth("ps", "--filter", "name=web").err()).contains("unknown filter name");
        assertThat(berth("ps", "-a", "--format", "{{.Service}} {{.State}}").lines())
                .containsExactlyInAnyOrder("once exited", "web running", "worker running");
        InProcessCli.Ran badTemplate = berth("ps", "--format", "{{.Nope}}");
        assertThat(badTemplate.code()).isNotZero();
        assertThat(badTemplate.err()).contains("Nope").doesNotContain("Exception");
        assertThat(berth("ps", "-q").lines()).containsExactlyInAnyOrder(state("web").orElseThrow().id(),
                state("worker").orElseThrow().id());

        ContainerState web = state("web").orElseThrow();
        int published = web.ports().stream().filter(p -> p.hostPort() != 0).findFirst().orElseThrow().hostPort();
        String json = berth("ps", "--format", "json", "web").out().strip();
        assertThat(json).startsWith("{\"Command\":\"\\\"httpd -f -p 8080\\\"\",\"CreatedAt\":")
                .contains("\"ID\":\"" + web.id().substring(0, 12) + "\"", "\"Service\":\"web\"", "\"State\":\"running\"",
                        "\"Publishers\":[{\"URL\":\"0.0.0.0\",\"TargetPort\":8080,\"PublishedPort\":" + published,
                        "\"Ports\":\"0.0.0.0:" + published + "-\\u003e8080/tcp")
                .endsWith("}");
        assertThat(berth("ps", "--format", "json", "--no-trunc", "web").out()).contains("\"ID\":\"" + web.id() + "\"");
        assertThat(berth("port", "web", "8080").out()).isEqualTo("0.0.0.0:" + published + "\n");
        InProcessCli.Ran noPort = berth("port", "web", "9999");
        assertThat(noPort.code()).isEqualTo(1);
        assertThat(noPort.err()).contains("no port 9999/tcp for container " + name + "-web-1: " + published + "/tcp");
    }

    @Test
    void logsPrintEachServicesLinesWithOrWithoutPrefixTailAndSince() {
        assertThat(berth("logs", "worker").lines()).containsExactlyInAnyOrder("worker-1  | hello from worker",
                "worker-1  | err line");
        assertThat(berth("logs", "--no-log-prefix", "once").out()).isEqualTo("done\n");
        assertThat(berth("logs", "--tail", "1", "worker").lines()).hasSize(1);
        assertThat(berth("logs", "--since", "1h", "once").out()).isEqualTo("once-1  | done\n");
        assertThat(berth("logs", "--since", "-1h", "once").out()).isEmpty(); // an hour from now: nothing yet
        assertThat(berth("logs", "--until", "1h", "once").out()).isEmpty(); // until an hour ago: nothing then
        assertThat(berth("logs", "--until", "-1h", "--index", "1", "once").out()).isEqualTo("once-1  | done\n");
        assertThat(berth("logs", "--index", "2", "once").out()).isEmpty();
        InProcessCli.Ran bad = berth("logs", "--since", "1d", "once");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("failed to parse value as time or duration: \"1d\"").doesNotContain("Exception");
        assertThat(berth("logs", "-t", "once").out()).matches("once-1  \\| \\d{4}-\\d{2}-\\d{2}T\\S+ done\n");
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
    void imagesTopAndLsDescribeTheProject() {
        List<String> images = berth("images").lines();
        assertThat(images.getFirst()).startsWith("CONTAINER").contains("REPOSITORY", "TAG", "PLATFORM", "IMAGE ID",
                "SIZE", "CREATED");
        assertThat(images).hasSize(4).allMatch(l -> l.equals(images.getFirst()) || l.contains("berth/busybox")
                && l.contains("latest") && l.contains("linux/"));
        String imageId = docker.gateway.imageId("berth/busybox:latest").replace("sha256:", "");
        assertThat(berth("images", "-q").out()).isEqualTo(imageId + "\n");
        assertThat(berth("images", "--format", "json", "web").out())
                .startsWith("[{\"ID\":\"sha256:" + imageId + "\",\"ContainerName\":\"" + name + "-web-1\"");

        List<String> top = berth("top", "worker").lines();
        assertThat(top.getFirst()).matches("SERVICE  #   UID\\s+PID\\s+PPID\\s+C\\s+STIME\\s+TTY\\s+TIME\\s+CMD");
        assertThat(top).anyMatch(l -> l.startsWith("worker   1   ") && l.endsWith("sleep 3600"));

        assertThat(berth("ls", "--format", "json").out()).contains("{\"Name\":\"" + name + "\",\"Status\":\"running(2)\"");
        assertThat(berth("ls", "-a").lines()).anyMatch(l -> l.startsWith(name + "   ") && l.contains("exited(1), running(2)"));
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

    @Test
    void eventsPrintTheEnginesContainerEventsOfTheProject() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String id = state("worker").orElseThrow().id();
        Thread events = cli.follow(out, withProject("events", "--json"));
        try {
            // the subscription starts some time after the thread: act until a whole pause shows
            DockerFixture.eventually(() -> {
                docker.gateway.pause(id);
                docker.gateway.unpause(id);
                return out.toString(StandardCharsets.UTF_8).contains("\"action\":\"pause\"");
            }, LONG);
        } finally {
            events.interrupt();
            events.join(10_000);
        }
        String line = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("\"action\":\"pause\""))
                .findFirst().orElseThrow();
        assertThat(line).startsWith("{\"action\":\"pause\",\"attributes\":{")
                .contains("\"name\":\"" + name + "-worker-1\"", "\"id\":\"" + id + "\"", "\"service\":\"worker\"",
                        "\"type\":\"container\"")
                .doesNotContain("com.docker.compose");
    }
}
