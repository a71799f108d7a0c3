package dev.berth.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extends, include, !reset and !override across files. */
class CombineTest {
    @TempDir
    Path dir;

    @Test
    void extendsInTheSameFileAndChains() throws Exception {
        LoaderFixture fx = new LoaderFixture(dir);
        fx.write("compose.yaml", """
                services:
                  base: {image: busybox, user: root, working_dir: /a}
                  mid: {extends: base, user: mid}
                  top: {extends: {service: mid}, working_dir: /top}
                """);
        Map<String, Object> top = LoaderFixture.service(fx.load("compose.yaml"), "top");
        assertThat(top).containsEntry("image", "busybox").containsEntry("user", "mid").containsEntry("working_dir", "/top")
                .doesNotContainKey("extends");
    }

    @Test
    void extendsFromAnotherFileResolvesItsPathsThere() throws Exception {
        LoaderFixture fx = new LoaderFixture(dir);
        fx.write("common/base.yaml", "services:\n  b:\n    image: busybox\n    env_file: ./b.env\n");
        fx.write("common/b.env", "X=1\n");
        fx.write("compose.yaml", "services:\n  web:\n    extends: {file: common/base.yaml, service: b}\n");
        Map<String, Object> web = LoaderFixture.service(fx.load("compose.yaml"), "web");
        assertThat(web.get("image")).isEqualTo("busybox");
        assertThat(String.valueOf(web.get("environment"))).contains("X");
    }

    @Test
    void extendsCycleIsRejected() throws Exception {
        LoaderFixture fx = new LoaderFixture(dir);
        fx.write("compose.yaml", "services:\n  a: {image: x, extends: b}\n  b: {image: x, extends: a}\n");
        assertThatThrownBy(() -> fx.load("compose.yaml")).hasMessageContaining("Circular reference");
    }

    @Test
    void extendsOfAMissingServiceIsRejected() throws Exception {
        LoaderFixture fx = new LoaderFixture(dir);
        fx.write("compose.yaml", "services:\n  a: {image: x, extends: nope}\n");
        assertThatThrownBy(() -> fx.load("compose.yaml")).hasMessageContaining("service \"nope\" not found");
    }

    @Test
    void includeAddsResourcesWithTheirOwnDirectoryAndEnv() throws Exception {
        LoaderFixture fx = new LoaderFixture(dir);
        fx.write("lib/compose.yaml", "services:\n  db:\n    image: \"db:${DBTAG}\"\n");
        fx.write("lib/.env", "DBTAG=15\n");
        fx.write("compose.yaml", "include:\n  - lib/compose.yaml\nservices:\n  web:\n    image: web\n");
        LoadResult r = fx.load("compose.yaml");
        assertThat(LoaderFixture.services(r)).containsKeys("web", "db");
        assertThat(LoaderFixture.service(r, "db").get("image")).isEqualTo("db:15");
    }

    @Test
    void includeClashIsAnError() throws Exception {
        LoaderFixture fx = new LoaderFixture(dir);
        fx.write("lib/compose.yaml", "services:\n  web:\n    image: other\n");
        fx.write("compose.yaml", "include:\n  - path: lib/compose.yaml\nservices:\n  web:\n    image: web\n");
        assertThatThrownBy(() -> fx.load("compose.yaml")).hasMessageContaining("services.web conflicts with imported resource");
    }

    @Test
    void resetAndOverrideInAnOverrideFile() throws Exception {
        LoaderFixture fx = new LoaderFixture(dir);
        fx.write("a.yaml", "services:\n  web:\n    image: a\n    user: u\n    dns: [1.1.1.1]\n");
        fx.write("b.yaml", "services:\n  web:\n    user: !reset null\n    dns: !override [8.8.8.8]\n");
        Map<String, Object> web = LoaderFixture.service(fx.load("a.yaml", "b.yaml"), "web");
        assertThat(web).doesNotContainKey("user");
        assertThat(web.get("dns")).isEqualTo(List.of("8.8.8.8"));
    }

    @Test
    void laterFileValuesPointAtTheirFile() throws Exception {
        LoaderFixture fx = new LoaderFixture(dir);
        fx.write("a.yaml", "services:\n  web:\n    image: a\n");
        fx.write("b.yaml", "services:\n\n  web:\n    image: b\n");
        LoadResult r = fx.load("a.yaml", "b.yaml");
        assertThat(r.sourceMap().find("services.web.image").file().getFileName().toString()).isEqualTo("b.yaml");
    }
}
