package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ContainerState;
import dev.berth.engine.DockerFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI commands that only read a project (ps, port, logs, images, top, ls, events) against the real dockerd, in
 * this JVM as the daemon runs them, with the reference's words and columns. None of them changes the project (events
 * pauses and unpauses a container, and leaves it running), so the tests share one, brought up once: the commands
 * that change it are in {@link CommandsIT}.
 */
class ReadingCommandsIT {
    private static final Duration LONG = Duration.ofSeconds(60);
    private static final DockerFixture docker = new DockerFixture();
    @TempDir
    static Path dir;
    private static InProcessCli cli;
    private static String name;

    @BeforeAll
    static void up() throws Exception {
        DockerFixture.compose(dir, CommandsIT.COMPOSE);
        name = docker.project("read");
        cli = new InProcessCli(dir);
        InProcessCli.Ran up = berth("up", "-d");
        assertThat(up.code()).as(up.err()).isZero();
        DockerFixture.eventually(() -> state("once").map(c -> "exited".equals(c.state())).orElse(false), LONG);
    }

    @AfterAll
    static void cleanup() {
        docker.close();
    }

    private static InProcessCli.Ran berth(String... args) {
        return cli.run(withProject(args));
    }

    private static String[] withProject(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "-p";
        all[1] = name;
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    private static Optional<ContainerState> state(String service) {
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
