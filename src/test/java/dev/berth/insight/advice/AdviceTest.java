package dev.berth.insight.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.LoadResult;
import dev.berth.insight.Loads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compose checks, each at the line of what it is about, and fixes that load and silence their finding. */
class AdviceTest {
    @TempDir Path dir;

    private List<String> found(LoadResult r) {
        return Advice.of(r).stream().map(f -> f.location().file().getFileName() + ":" + f.location().line() + " "
                + f.rule()).toList();
    }

    private static final String BAD = """
            services:
              db:
                image: postgres
                environment:
                  POSTGRES_PASSWORD: hunter2
                  POSTGRES_PASSWORD_FILE: /run/secrets/pw
                  POSTGRES_USER: app
                  DB_PASSWORD: /run/secrets/db
                ports:
                  - "5432:5432"
              api:
                image: registry.local:5000/api
                user: "0"
                volumes: [".:/src:ro", "./data:/data"]
                depends_on:
                  db: {condition: service_healthy}
                  migrate: {condition: service_completed_successfully}
              migrate:
                image: app:1.2
                restart: "no"
                environment:
                  - MODE=fast
                  - API_TOKEN=abc
            """;

    @Test
    void eachComposeFindingPointsAtItsLine() {
        assertThat(found(Loads.load(dir, BAD))).containsExactlyInAnyOrder(
                "compose.yaml:2 log-rotation", "compose.yaml:2 memory-limit", "compose.yaml:2 restart-missing",
                "compose.yaml:3 image-tag", "compose.yaml:5 secret-in-environment", "compose.yaml:10 database-published",
                "compose.yaml:11 log-rotation", "compose.yaml:11 memory-limit", "compose.yaml:11 restart-missing",
                "compose.yaml:12 image-tag", "compose.yaml:13 root-user", "compose.yaml:14 bind-project",
                "compose.yaml:16 healthcheck-missing", "compose.yaml:18 log-rotation",
                "compose.yaml:23 secret-in-environment");
    }

    @Test
    void aWellKeptServiceHasNoFindings() {
        assertThat(found(Loads.load(dir, """
                services:
                  db:
                    image: postgres:16.4@sha256:0000000000000000000000000000000000000000000000000000000000000000
                    restart: unless-stopped
                    deploy: {resources: {limits: {memory: 512M}}}
                    logging: {driver: json-file, options: {max-size: 10m}}
                    environment: {POSTGRES_PASSWORD_FILE: /run/secrets/pw}
                    ports: ["127.0.0.1:5432:5432"]
                    healthcheck: {test: [CMD, pg_isready]}
                  web:
                    image: web:2
                    restart: always
                    mem_limit: 128m
                    logging: {driver: journald}
                    depends_on: {db: {condition: service_healthy}}
                """))).isEmpty();
    }

    @Test
    void theFixesLoadAndSilenceTheirFindings() throws Exception {
        LoadResult r = Loads.load(dir, BAD);
        for (String rule : List.of("restart-missing", "database-published", "log-rotation")) {
            Finding f = Advice.of(r).stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
            assertThat(f.fix().apply()).isTrue();
            r = Loads.load(dir, Files.readString(dir.resolve("compose.yaml")));
        }
        assertThat(found(r)).doesNotContain("compose.yaml:2 restart-missing", "compose.yaml:2 log-rotation")
                .noneMatch(s -> s.endsWith("database-published"));
        assertThat(r.project().services().get("db").restart()).isEqualTo("unless-stopped");
        assertThat(r.project().services().get("db").ports().getFirst().hostIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void aFixMadeOnAnOlderTextIsRefused() throws Exception {
        LoadResult r = Loads.load(dir, BAD);
        Finding f = Advice.of(r).stream().filter(x -> x.rule().equals("restart-missing")).findFirst().orElseThrow();
        Files.writeString(dir.resolve("compose.yaml"), BAD + "  extra:\n    image: x:1\n");
        assertThat(f.fix().apply()).isFalse();
        assertThat(f.fix().preview()).containsExactly("   3 +     restart: unless-stopped");
    }
}
