package dev.berth.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relative paths through nested include and extends, as docker compose 2.40.3 resolves them: a relative
 * extends.file from the (included) project's directory, the paths of a base service from its own file's
 * directory, and extends.file inside a base file from that file's directory.
 */
class IncludeExtendsPathsTest {
    @TempDir
    Path dir;
    private LoaderFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new LoaderFixture(dir);
    }

    @Test
    void extendsFileOfAnIncludedProjectIsFoundFromItsProjectDirectory() throws Exception {
        fixture.write("compose.yaml", """
                include:
                  - path: sub/compose.yaml
                    project_directory: pd
                """);
        fixture.write("sub/compose.yaml", """
                services:
                  web:
                    extends: {file: base.yaml, service: b}
                """);
        fixture.write("sub/base.yaml", "services: {b: {image: from-sub}}\n");
        fixture.write("pd/base.yaml", "services: {b: {image: from-project-directory}}\n");
        assertThat(LoaderFixture.service(fixture.load("compose.yaml"), "web").get("image"))
                .isEqualTo("from-project-directory");
    }

    @Test
    void aMissingExtendsFileIsReportedWhereItIsNamed() throws IOException {
        fixture.write("compose.yaml", """
                include:
                  - path: sub/compose.yaml
                    project_directory: pd
                """);
        fixture.write("sub/compose.yaml", """
                services:
                  web:
                    extends:
                      file: base.yaml
                      service: b
                """);
        fixture.write("sub/base.yaml", "services: {b: {image: from-sub}}\n");
        LoadException e = catchThrowableOfType(LoadException.class, () -> fixture.load("compose.yaml"));
        assertThat(e).isNotNull();
        Problem p = e.problems().getFirst();
        assertThat(p.message()).isEqualTo("cannot read " + dir.resolve("pd/base.yaml") + ": no such file");
        assertThat(p.location().file()).isEqualTo(dir.resolve("sub/compose.yaml"));
        assertThat(p.location().line()).isEqualTo(4);
        assertThat(p.location().column()).isEqualTo(7);
    }

    @Test
    void nestedIncludeAndChainedExtendsResolveFromEachBaseFile() throws Exception {
        fixture.write("compose.yaml", "include: [sub/compose.yaml]\n");
        fixture.write("sub/compose.yaml", """
                include: [deeper/compose.yaml]
                services:
                  web:
                    extends: {file: ../base/base.yaml, service: chained}
                """);
        fixture.write("sub/deeper/compose.yaml", """
                services:
                  deep:
                    extends: {file: ../../base/base.yaml, service: b}
                """);
        fixture.write("base/base.yaml", """
                services:
                  b:
                    image: x
                    build: ./ctx
                  chained:
                    extends: {file: more.yaml, service: m}
                """);
        fixture.write("base/more.yaml", "services: {m: {image: y, env_file: ./m.env}}\n");
        fixture.write("base/m.env", "FROM=base\n");
        fixture.write("m.env", "FROM=top\n");
        LoadResult r = fixture.load("compose.yaml");
        assertThat(LoaderFixture.service(r, "web").get("environment")).isEqualTo(Map.of("FROM", "base"));
        @SuppressWarnings("unchecked")
        Map<String, Object> build = (Map<String, Object>) LoaderFixture.service(r, "deep").get("build");
        assertThat(build.get("context")).isEqualTo(dir.resolve("base/ctx").toString());
    }
}
