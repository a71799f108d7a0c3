package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ContainerState;
import dev.berth.engine.DockerFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * version, volumes, stats, cp, export, commit, push/pull (through the local registry on 127.0.0.1:5000, see
 * scripts/start-registry.sh) and attach against the real dockerd, in-process; the words and layouts compared with
 * docker compose v2.40.3 on the same file. One project for the class: bringing it up is the slow part.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToolCommandsIT {
    private static final Duration LONG = Duration.ofSeconds(90);
    private static final String REGISTRY = "127.0.0.1:5000";

    private final DockerFixture docker = new DockerFixture();
    @TempDir
    static Path dir;
    private InProcessCli cli;
    private String name;
    private final List<String> images = new ArrayList<>();

    @BeforeAll
    void up() throws Exception {
        name = docker.project("tools");
        Files.createDirectories(dir.resolve("ctx"));
        Files.writeString(dir.resolve("ctx/Dockerfile"), "FROM berth/busybox:latest\nLABEL berth.test=tools\n");
        DockerFixture.compose(dir, """
                services:
                  web:
                    image: berth/busybox:latest
                    init: true
                    command: ["sleep", "3600"]
                    volumes: ["data:/data"]
                  echo:
                    image: berth/busybox:latest
                    stdin_open: true
                    volumes: ["other:/other"]
                    command: ["sh", "-c", "read l; echo \\"got $$l\\"; exit 7"]
                  app:
                    build: ./ctx
                    image: %1$s/%2$s/app:1
                    command: ["true"]
                  broken:
                    build: ./ctx
                    image: 127.0.0.1:5999/%2$s/broken:1
                    command: ["true"]
                volumes:
                  data:
                  other:
                """.formatted(REGISTRY, name));
        images.add(REGISTRY + "/" + name + "/app:1");
        images.add("127.0.0.1:5999/" + name + "/broken:1");
        cli = new InProcessCli(dir);
        InProcessCli.Ran up = berth("up", "-d");
        assertThat(up.code()).as(up.err()).isZero();
        DockerFixture.eventually(() -> running("web").isPresent() && running("echo").isPresent(), LONG);
    }

    @AfterAll
    void cleanup() {
        docker.close();
        var gateway = dev.berth.engine.docker.DockerJavaGateway.connect(java.util.Map.of());
        images.forEach(i -> {
            try {
                gateway.removeImage(i);
            } catch (RuntimeException inUseOrGone) {
                // the containers that used it are gone with the project; a missing image is fine
            }
        });
        gateway.close();
    }

    private InProcessCli.Ran berth(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "-p";
        all[1] = name;
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private java.util.Optional<ContainerState> running(String service) {
        return docker.containers(name).stream().filter(c -> c.serviceName().equals(service) && c.running()).findFirst();
    }

    @Test
    void versionPrintsPrettyShortAndJson() {
        assertThat(cli.run("version").out()).matches("Berth version \\S+\n");
        String number = cli.run("version", "--short").out().strip();
        assertThat(cli.run("version", "-f", "json").out()).isEqualTo("{\"version\":\"" + number + "\"}\n");
    }

    @Test
    void volumesListTheProjectsVolumesOrThoseAServiceMounts() {
        assertThat(berth("volumes").out()).isEqualTo("""
                DRIVER    VOLUME NAME
                local     %1$s_data
                local     %1$s_other
                """.formatted(name));
        assertThat(berth("volumes", "-q", "web").out()).isEqualTo(name + "_data\n");
        assertThat(berth("volumes", "--format", "json", "web").out()).startsWith("{\"Availability\":\"N/A\",\"Driver\":\"local\"")
                .contains("\"Name\":\"" + name + "_data\"", "\"Scope\":\"local\"", "com.docker.compose.volume=data");
        assertThat(berth("volumes", "--format", "{{.Name}}:{{.Driver}}", "web").out()).isEqualTo(name + "_data:local\n");
        InProcessCli.Ran unknown = berth("volumes", "nosuch");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("no such service: nosuch\n");
    }

    @Test
    void statsPrintsOneTableOrRedrawsItLive() throws Exception {
        List<String> table = berth("stats", "--no-stream", "web").lines();
        assertThat(table.getFirst()).matches("CONTAINER ID   NAME +CPU % +MEM USAGE / LIMIT   MEM % +NET I/O +BLOCK I/O +PIDS");
        assertThat(table).hasSize(2);
        assertThat(table.get(1)).startsWith(running("web").orElseThrow().id().substring(0, 12) + "   " + name + "-web-1")
                .matches(".*\\d+\\.\\d\\d% +\\S+ / \\S+ +\\d+\\.\\d\\d% +\\S+ / \\S+ +\\S+ / \\S+ +[1-9]\\d*");
        assertThat(berth("stats", "--no-stream", "--format", "json", "web").out())
                .startsWith("{\"BlockIO\":").contains("\"Name\":\"" + name + "-web-1\"", "\"PIDs\":\"");
        assertThat(berth("stats", "--no-stream", "--format", "table {{.Name}}\t{{.PIDs}}", "web").lines())
                .first().asString().startsWith("NAME ");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread live = cli.follow(out, "-p", name, "stats", "web");
        try {
            DockerFixture.eventually(() -> out.toString(StandardCharsets.UTF_8).split("\033\\[H", -1).length > 2, LONG);
        } finally {
            live.interrupt();
            live.join(10_000);
        }
        String frames = out.toString(StandardCharsets.UTF_8);
        assertThat(frames).startsWith("\033[HCONTAINER ID").contains(name + "-web-1", "\033[K\n", "\033[J");
        assertThat(live.isAlive()).isFalse();
    }

    @Test
    void cpCopiesIntoAndOutOfTheContainerByTheEngineClisRules() throws IOException {
        Files.writeString(dir.resolve("f.txt"), "hello\n");
        Files.createDirectories(dir.resolve("d/sub"));
        Files.writeString(dir.resolve("d/a"), "a");
        Files.writeString(dir.resolve("d/sub/b"), "b");
        assertThat(berth("cp", "f.txt", "web:/tmp/").code()).isZero();
        assertThat(berth("cp", "d", "web:/tmp/dd").code()).isZero(); // a missing destination takes the source's place
        assertThat(berth("cp", "d/.", "web:/tmp/").code()).isZero(); // DIR/. copies the contents

        assertThat(berth("cp", "web:/tmp/dd", "out").code()).isZero();
        assertThat(Files.readString(dir.resolve("out/sub/b"))).isEqualTo("b");
        Files.createDirectories(dir.resolve("into"));
        assertThat(berth("cp", "web:/tmp/f.txt", "into").code()).isZero(); // an existing directory receives it
        assertThat(Files.readString(dir.resolve("into/f.txt"))).isEqualTo("hello\n");
        assertThat(berth("cp", "web:/tmp/a", "copied-a").code()).isZero();
        assertThat(Files.readString(dir.resolve("copied-a"))).isEqualTo("a");

        InProcessCli.Ran missing = berth("cp", "web:/nonexist", "x");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("Could not find the file /nonexist in container");
        assertThat(berth("cp", "f.txt", "g.txt").err()).contains("unknown copy direction");
        assertThat(berth("cp", "web:/a", "echo:/b").err()).contains("copying between services is not supported");
        assertThat(berth("cp", "f.txt", "nosuch:/tmp").err()).contains("no container found for service \"nosuch\"");
    }

    @Test
    void exportWritesTheContainersFilesystemToAPrivateFile() throws IOException {
        assertThat(berth("export", "web", "-o", "web.tar").code()).isZero();
        Path tar = dir.resolve("web.tar");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tar))).isEqualTo("rw-------");
        assertThat(entries(Files.newInputStream(tar))).contains(".dockerenv", "bin/busybox");
        InProcessCli.Ran noSuch = berth("export", "--index", "2", "web", "-o", "x.tar");
        assertThat(noSuch.code()).isEqualTo(1);
        assertThat(noSuch.err()).contains("service \"web\" is not running container #2");
    }

    @Test
    void commitMakesAnImageOfTheContainersChanges() {
        String image = "berthit/" + name + ":1";
        images.add(image);
        InProcessCli.Ran commit = berth("commit", "-m", "by the test", "-c", "ENV FROM_COMMIT=1", "web", image);
        assertThat(commit.code()).as(commit.err()).isZero();
        assertThat(commit.err()).contains("Committed");
        assertThat(docker.gateway.imageId(image)).isNotNull();
        InProcessCli.Ran bad = berth("commit", "-c", "NOPE x", "web", image);
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("Error response from daemon");
    }

    @Test
    void pushSendsBuiltImagesToTheRegistryAndPullBringsThemBack() throws Exception {
        InProcessCli.Ran pushed = berth("push", "app", "web");
        assertThat(pushed.code()).as(pushed.err()).isZero();
        assertThat(pushed.err()).contains("web  Skipped", "Pushed");
        String tags = new String(URI.create("http://" + REGISTRY + "/v2/" + name + "/app/tags/list").toURL()
                .openStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tags).contains("\"tags\":[\"1\"]");

        InProcessCli.Ran failed = berth("push", "broken");
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains("127.0.0.1:5999");
        InProcessCli.Ran ignored = berth("push", "--ignore-push-failures");
        assertThat(ignored.code()).isZero();
        assertThat(ignored.err()).contains("Pushing broken: ");

        docker.containers(name).stream().filter(c -> c.serviceName().equals("app"))
                .forEach(c -> docker.gateway.remove(c.id(), false, true));
        docker.gateway.removeImage(REGISTRY + "/" + name + "/app:1");
        assertThat(docker.gateway.imageId(REGISTRY + "/" + name + "/app:1")).isNull();
        InProcessCli.Ran pulled = berth("pull", "app");
        assertThat(pulled.code()).as(pulled.err()).isZero();
        assertThat(docker.gateway.imageId(REGISTRY + "/" + name + "/app:1")).isNotNull();
    }

    @Test
    void attachFeedsStdinAndReturnsTheContainersExitCode() throws Exception {
        InProcessCli.Ran attached = cli.withInput("hello\n", "-p", name, "attach", "echo");
        assertThat(attached.code()).as(attached.err()).isEqualTo(7);
        // The engine closes a non-TTY attach's output when stdin ends (the reference prints nothing here either):
        // what the container did with our line shows in its log.
        assertThat(berth("logs", "--no-log-prefix", "echo").out()).isEqualTo("got hello\n");
        DockerFixture.eventually(() -> running("echo").isEmpty(), LONG);
        InProcessCli.Ran stopped = berth("attach", "echo");
        assertThat(stopped.code()).isEqualTo(1);
        assertThat(stopped.err()).isEqualTo("service \"echo\" is not running\n");
    }

    private static List<String> entries(InputStream in) throws IOException {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
