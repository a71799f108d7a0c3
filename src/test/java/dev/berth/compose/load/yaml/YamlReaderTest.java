package dev.berth.compose.load.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.SourceMap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private static final Path FILE = Path.of("/p/compose.yaml");

    static Map<String, Object> tree(String yaml) throws LoadException {
        return YamlTree.of(YamlReader.read(yaml, FILE).getFirst(), new SourceMap()).tree();
    }

    @Test
    void duplicateKeyNamesBothLines() {
        assertThatThrownBy(() -> tree("""
                services:
                  web:
                    image: a
                    image: b
                """)).isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.problems().getFirst().message()).isEqualTo("mapping key \"image\" already defined at line 3");
                    assertThat(e.problems().getFirst().location().line()).isEqualTo(4);
                });
    }

    @Test
    void mergeKeyTakesExplicitKeysFirstThenEarlierMaps() throws LoadException {
        Map<String, Object> t = tree("""
                x-a: &a {image: a, tty: true}
                x-b: &b {image: b, user: bob}
                services:
                  web:
                    <<: [*a, *b]
                    user: me
                """);
        assertThat(t.get("services")).isEqualTo(Map.of("web", Map.of("image", "a", "tty", true, "user", "me")));
    }

    @Test
    void aliasesAreExpandedAndExtensionsKept() throws LoadException {
        Map<String, Object> t = tree("""
                x-env: &env [A=1]
                services:
                  web: {environment: *env}
                """);
        assertThat(t).containsKey("x-env");
        assertThat(t.get("services")).isEqualTo(Map.of("web", Map.of("environment", List.of("A=1"))));
    }

    @Test
    void scalarsResolveLikeTheReference() throws LoadException {
        Map<String, Object> t = tree("""
                a: yes
                b: True
                c: 0x1F
                d: 0777
                e: 1_000
                f: 1.5
                g: ~
                h: "12"
                i: 08
                """);
        assertThat(t.get("a")).isEqualTo("yes");
        assertThat(t.get("b")).isEqualTo(true);
        assertThat(t.get("c")).isEqualTo(31L);
        assertThat(t.get("d")).isEqualTo(511L);
        assertThat(t.get("e")).isEqualTo(1000L);
        assertThat(t.get("f")).isEqualTo(1.5);
        assertThat(t).containsEntry("g", null);
        assertThat(t.get("h")).isEqualTo("12");
        assertThat(t.get("i")).isEqualTo(8.0);
    }

    @Test
    void billionLaughsFailsFastWithAClearProblem() {
        StringBuilder y = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> tree(y.toString())).isInstanceOf(LoadException.class)
                .hasMessageContaining("expands to more than " + YamlReader.MAX_NODES);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void recursiveAliasIsRejected() {
        assertThatThrownBy(() -> tree("a: &x [*x]\n")).isInstanceOf(LoadException.class);
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
        assertThatThrownBy(() -> tree("services:\n  web:\n    image: [a\n")).isInstanceOfSatisfying(LoadException.class,
                e -> assertThat(e.problems().getFirst().location().file()).isEqualTo(FILE));
    }

    @Test
    void resetDropsTheValueAndRecordsItsPath() throws LoadException {
        YamlTree.FileTree t = YamlTree.of(YamlReader.read("""
                services:
                  web:
                    ports: !reset []
                    command: !override [a]
                """, FILE).getFirst(), new SourceMap());
        assertThat(t.tree().get("services")).isEqualTo(Map.of("web", Map.of("command", List.of("a"))));
        assertThat(t.resetPaths()).containsExactly("services.web.ports", "services.web.command");
    }

    @Test
    void sourceMapPointsAtKeysAndItems() throws LoadException {
        SourceMap sm = new SourceMap();
        YamlTree.of(YamlReader.read("services:\n  web:\n    ports:\n      - 80\n      - 81\n", FILE).getFirst(), sm);
        assertThat(sm.find("services.web.ports[1]").line()).isEqualTo(5);
        assertThat(sm.find("services.web").line()).isEqualTo(2);
    }
}
