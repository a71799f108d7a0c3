package dev.berth.compose.load.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentTest {
    @Test
    void listAndMapFormsGiveTheSameSortedMappingAndUnsetNamesComeFromTheEnvironment() {
        Fixture list = new Fixture("""
                services:
                  web: {image: nginx, environment: [B=2, A=1, HOME, NOPE, EMPTY=]}
                """);
        Fixture map = new Fixture("""
                services:
                  web: {image: nginx, environment: {B: 2, A: "1", HOME: null, NOPE: null, EMPTY: ""}}
                """);
        Map<String, Object> expected = Fixture.parse("{A: '1', B: '2', EMPTY: '', HOME: /home/me, NOPE: null}");
        assertThat(list.at("services.web.environment")).isEqualTo(expected);
        assertThat(map.at("services.web.environment")).isEqualTo(expected);
        assertThat(List.copyOf(Trees.map(list.at("services.web.environment")).keySet()))
                .containsExactly("A", "B", "EMPTY", "HOME", "NOPE");
    }

    @Test
    void envFileValuesAreReadAndTheServiceOwnEntriesWin(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("app.env"), """
                # comment
                A=from_file
                B="quoted value"
                export C=3
                """);
        LoadContext ctx = new LoadContext("demo", dir, dir, Map.of(), List.of(), true);
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    env_file: [app.env, {path: missing.env, required: false}]
                    environment: {A: mine}
                """, ctx);
        assertThat(f.problems).isEmpty();
        assertThat(f.at("services.web.environment")).isEqualTo(Fixture.parse("{A: mine, B: quoted value, C: '3'}"));
        assertThat(f.service("web")).doesNotContainKey("env_file");
    }

    @Test
    void missingRequiredEnvFileIsAProblem(@TempDir Path dir) {
        LoadContext ctx = new LoadContext("demo", dir, dir, Map.of(), List.of(), true);
        Fixture f = new Fixture("""
                services:
                  web: {image: nginx, env_file: nope.env}
                """, ctx);
        assertThat(f.problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("services.web.env_file[0]");
            assertThat(p.message()).contains("nope.env not found");
        });
    }

    @Test
    void labelFilesBecomeLabelsAndTheServiceOwnLabelsWin(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("labels.env"), "L1=a\nL2=\"b c\"\n");
        LoadContext ctx = new LoadContext("demo", dir, dir, Map.of(), List.of(), true);
        Fixture f = new Fixture("""
                services:
                  web: {image: nginx, label_file: labels.env, labels: {L2: mine}}
                """, ctx);
        assertThat(f.at("services.web.labels")).isEqualTo(Fixture.parse("{L1: a, L2: mine}"));
        assertThat(f.service("web")).doesNotContainKey("label_file");
    }
}
