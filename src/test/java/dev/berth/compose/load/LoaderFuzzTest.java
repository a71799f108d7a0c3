package dev.berth.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds random, mutated and hostile YAML to the whole loader: nothing but LoadException may escape,
 * and each input is answered within a bound (no hang, no memory blow-up).
 */
class LoaderFuzzTest {
    private static final String SEED = """
            name: fuzz
            x-common: &common
              image: busybox
              environment: {A: "1", B: ${B:-2}}
            services:
              web:
                <<: *common
                ports: ["8080:80", {target: 443, published: 8443}]
                depends_on: {db: {condition: service_healthy}}
                volumes: [data:/data, ./src:/src:ro]
                command: !override [sh, -c, "echo $$HOME"]
              db:
                image: postgres:16
                profiles: [db]
                healthcheck: {test: [CMD, pg_isready], interval: 5s}
                extends: {service: web}
            volumes:
              data: {}
            networks:
              front: {driver: bridge}
            """;
    private static final String SPECIAL = ":-[]{}&*!|>'\"#%@`\n\t ,?<=$~";

    @TempDir
    Path dir;

    @Test
    void mutatedInputsOnlyEverFailWithLoadException() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            check(mutate(SEED, random, 1 + random.nextInt(6)));
        }
    }

    @Test
    void hostileInputsFailFast() {
        StringBuilder laughs = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            laughs.append("a").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(9))
                    .append("*a").append(i - 1).append("]\n");
        }
        check(laughs.toString());
        check("services:\n  web:\n    image: " + "[".repeat(100_000));
        check("services:\n  web:\n    command: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n");
        check("services:\n  web:\n    image: \"" + "x".repeat(10_000_000) + "\"\n");
        check("a: &a [*a]\nservices: *a\n");
        check("services:\n  web:\n    image: ${" + "${".repeat(10_000) + "\n");
        check("\u0000\u0001\uFFFF");
        check("");
        check("- just\n- a list\n");
    }

    private void check(String yaml) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Path file = dir.resolve("compose.yaml");
            Files.writeString(file, yaml);
            LoadOptions o = new LoadOptions(List.of(file), dir, null, null, List.of(), List.of(),
                    Map.of("HOME", "/home/u"), true, List.of());
            try {
                new ProjectLoader(new ByteArrayInputStream(new byte[0])).load(o);
            } catch (LoadException e) {
                assertThat(e.problems()).isNotEmpty();
                assertThat(e.problems().getFirst().message()).isNotBlank();
            }
        }, () -> "input starting with: " + yaml.substring(0, Math.min(200, yaml.length())));
    }

    private static String mutate(String text, Random r, int edits) {
        StringBuilder s = new StringBuilder(text);
        for (int e = 0; e < edits && !s.isEmpty(); e++) {
            int at = r.nextInt(s.length());
            switch (r.nextInt(5)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, SPECIAL.charAt(r.nextInt(SPECIAL.length())));
                case 2 -> s.delete(at, Math.min(s.length(), at + r.nextInt(30)));
                case 3 -> {
                    int from = r.nextInt(s.length());
                    int len = Math.min(s.length() - from, r.nextInt(40));
                    s.insert(at, s.substring(from, from + len));
                }
                default -> s.insert(at, "  ");
            }
        }
        return s.toString();
    }
}
