package dev.berth.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.ProjectLoader;
import dev.berth.compose.model.Project;
import dev.berth.engine.CliArgs;
import dev.berth.engine.DockerCommands;
import dev.berth.engine.ShellWords;
import dev.berth.engine.SpecBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerCliArgsTest {
    private static Project load(Path dir, String yaml) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        return new ProjectLoader().load(new LoadOptions(List.of(dir.resolve("compose.yaml")), dir, null, "demo",
                List.of(), List.of(), Map.of("PW", "s3cret"), true, List.of())).project();
    }

    private static CliArgs args(Project p, String service) {
        var s = p.service(service);
        return DockerCliArgs.create(SpecBuilder.build(p, s, 1, SpecBuilder.containerName(p, s, 1)), DockerCommands::secretName);
    }

    @Test
    void theCreateRequestIsSaidInDockerRunFlagsWithTheSecretPassedByName(@TempDir Path dir) throws Exception {
        Project p = load(dir, """
                services:
                  db:
                    image: postgres:16
                    command: ["postgres", "-c", "fsync=off"]
                    environment: {POSTGRES_USER: app, POSTGRES_PASSWORD: "${PW}"}
                    volumes: [dbdata:/var/lib/data]
                    healthcheck: {test: "pg_isready", interval: 2s, retries: 5}
                    networks: [back]
                    ports: ["5432:5432"]
                    restart: on-failure:3
                networks: {back: {}}
                volumes: {dbdata: {}}
                """);
        CliArgs a = args(p, "db");
        String line = ShellWords.join(a.words());
        assertThat(line).startsWith("--name demo-db-1 ")
                .contains("--env POSTGRES_PASSWORD ", "--env POSTGRES_USER=app", "--health-cmd pg_isready",
                        "--health-interval 2s", "--health-retries 5", "--volume demo_dbdata:/var/lib/data:rw",
                        "--network demo_back", "--network-alias db", "--publish 5432:5432/tcp", "--restart on-failure:3",
                        "--label com.docker.compose.service=db")
                .endsWith(" postgres:16 postgres -c fsync=off")
                .doesNotContain("s3cret");
        assertThat(a.unsaid()).isEmpty();
        assertThat(Collections.frequency(a.words(), "--label")).isGreaterThan(5);
    }

    @Test
    void whatTheCliCannotSayIsNamedNotDropped(@TempDir Path dir) throws Exception {
        Project p = load(dir, """
                services:
                  api:
                    image: api:1
                    entrypoint: ["/bin/sh", "-c"]
                    command: ["exec api"]
                    healthcheck: {test: ["CMD", "wget", "-q", "http://localhost/"]}
                """);
        CliArgs a = args(p, "api");
        assertThat(ShellWords.join(a.words())).contains("--entrypoint /bin/sh", "--health-cmd 'wget -q http://localhost/'")
                .endsWith("api:1 -c 'exec api'");
        assertThat(a.unsaid()).anyMatch(u -> u.contains("CMD-SHELL")).anyMatch(u -> u.contains("entrypoint"));
    }

    @Test
    void durationsAreWrittenTheWayTheCliReadsThem() {
        assertThat(DockerCliArgs.goDuration(1_000_000_000L)).isEqualTo("1s");
        assertThat(DockerCliArgs.goDuration(90_000_000_000L)).isEqualTo("1m30s");
        assertThat(DockerCliArgs.goDuration(3_600_000_000_000L)).isEqualTo("1h");
        assertThat(DockerCliArgs.goDuration(500_000_000L)).isEqualTo("500ms");
    }

    @Test
    void wordsAreQuotedForTheShellAndLineBreaksStayOnOneLine() {
        assertThat(ShellWords.quote("demo_back")).isEqualTo("demo_back");
        assertThat(ShellWords.quote("it's here")).isEqualTo("'it'\\''s here'");
        assertThat(ShellWords.quote("a\nb'c")).isEqualTo("$'a\\nb\\'c'");
    }
}
