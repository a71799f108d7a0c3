package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ContainerState;
import dev.berth.engine.DockerFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** watch against the real dockerd: develop.watch sync (with ignore, deletes, initial_sync), restart and sync+exec. */
class WatchIT {
    private static final Duration LONG = Duration.ofSeconds(90);
    private final DockerFixture docker = new DockerFixture();
    @TempDir
    Path dir;

    @AfterEach
    void cleanup() {
        docker.close();
    }

    @Test
    void syncRestartAndExecFollowTheFilesAsTheReferenceDoes() throws Exception {
        String name = docker.project("watch");
        Files.createDirectories(dir.resolve("src"));
        Files.createDirectories(dir.resolve("conf"));
        Files.createDirectories(dir.resolve("hook"));
        Files.writeString(dir.resolve("src/before.txt"), "before");
        DockerFixture.compose(dir, """
                services:
                  web:
                    image: berth/busybox:latest
                    init: true
                    command: ["sleep", "3600"]
                    develop:
                      watch:
                        - path: ./src
                          target: /app
                          action: sync
                          ignore: ["*.tmp"]
                          initial_sync: true
                        - path: ./conf
                          action: restart
                        - path: ./hook
                          target: /hook
                          action: sync+exec
                          exec:
                            command: ["sh", "-c", "echo hook saw $(ls /hook)"]
                """);
        InProcessCli cli = new InProcessCli(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread watch = cli.follow(out, "-p", name, "watch");
        try {
            DockerFixture.eventually(() -> text(out).contains("Watch enabled"), LONG);
            ContainerState web = docker.containers(name).getFirst();
            DockerFixture.eventually(() -> cat(web, "/app/before.txt").equals("before"), LONG); // initial_sync

            Files.writeString(dir.resolve("src/a.txt"), "a");
            Files.writeString(dir.resolve("src/skip.tmp"), "ignored");
            DockerFixture.eventually(() -> cat(web, "/app/a.txt").equals("a"), LONG);
            assertThat(text(out)).contains("Syncing service \"web\" after 1 changes were detected");
            assertThat(cat(web, "/app/skip.tmp")).isEmpty();

            Files.delete(dir.resolve("src/a.txt"));
            DockerFixture.eventually(() -> cat(web, "/app/a.txt").isEmpty(), LONG);

            Files.writeString(dir.resolve("hook/h.txt"), "h");
            DockerFixture.eventually(() -> text(out).contains("hook saw h.txt"), LONG);

            Files.writeString(dir.resolve("conf/c"), "c");
            DockerFixture.eventually(() -> text(out).contains("service(s) [\"web\"] restarted"), LONG);
        } finally {
            watch.interrupt();
            watch.join(10_000);
        }
    }

    @Test
    void aProjectWithoutWatchRulesIsRefused() throws Exception {
        String name = docker.project("nowatch");
        DockerFixture.compose(dir, """
                services:
                  web:
                    image: berth/busybox:latest
                    command: ["true"]
                """);
        InProcessCli.Ran ran = new InProcessCli(dir).run("-p", name, "watch", "--no-up");
        assertThat(ran.code()).isEqualTo(1);
        assertThat(ran.err()).contains("none of the selected services is configured for watch");
    }

    private static String text(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The file's content in the container, "" when it is not there. */
    private String cat(ContainerState c, String path) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        docker.gateway.exec(c.id(), new dev.berth.engine.DockerGateway.ExecRequest(java.util.List.of("cat", path),
                java.util.List.of(), null, null, false, false, false), chunk -> {
                    if (!chunk.stderr()) {
                        content.writeBytes(chunk.line().getBytes(StandardCharsets.UTF_8));
                    }
                });
        return content.toString(StandardCharsets.UTF_8);
    }
}
