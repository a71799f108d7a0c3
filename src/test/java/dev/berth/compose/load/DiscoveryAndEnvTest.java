package dev.berth.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryAndEnvTest {
    @TempDir
    Path dir;

    private LoaderFixture fx() {
        return new LoaderFixture(dir);
    }

    @Test
    void findsComposeYamlInAParentAndMergesTheOverride() throws Exception {
        LoaderFixture fx = fx();
        fx.write("compose.yaml", "services:\n  web:\n    image: base\n");
        fx.write("compose.override.yaml", "services:\n  web:\n    image: over\n");
        fx.write("sub/deeper/readme.txt", "x");
        LoadOptions o = new LoadOptions(List.of(), dir.resolve("sub/deeper"), null, null, List.of(), List.of(),
                Map.of(), true, List.of());
        LoadResult r = fx.load(o);
        assertThat(LoaderFixture.service(r, "web").get("image")).isEqualTo("over");
        assertThat(r.project().configFiles()).hasSize(2);
    }

    @Test
    void overrideFileIsIgnoredWithExplicitFiles() throws Exception {
        LoaderFixture fx = fx();
        fx.write("compose.yaml", "services:\n  web:\n    image: base\n");
        fx.write("compose.override.yaml", "services:\n  web:\n    image: over\n");
        assertThat(LoaderFixture.service(fx.load("compose.yaml"), "web").get("image")).isEqualTo("base");
    }

    @Test
    void composeFileVariableWithSeparator() throws Exception {
        LoaderFixture fx = fx();
        fx.write("a.yaml", "services:\n  web:\n    image: a\n");
        fx.write("b.yaml", "services:\n  web:\n    image: b\n");
        LoadResult r = fx.load(fx.options(List.of(), Map.of("COMPOSE_FILE", "a.yaml;b.yaml", "COMPOSE_PATH_SEPARATOR", ";")));
        assertThat(LoaderFixture.service(r, "web").get("image")).isEqualTo("b");
    }

    @Test
    void dotEnvFeedsInterpolationButTheShellWins() throws Exception {
        LoaderFixture fx = fx();
        fx.write(".env", "TAG=fromfile\nOTHER=o\n");
        fx.write("compose.yaml", "services:\n  web:\n    image: \"x:${TAG}-${OTHER}\"\n");
        assertThat(LoaderFixture.service(fx.load("compose.yaml"), "web").get("image")).isEqualTo("x:fromfile-o");
        LoadResult shell = fx.load(fx.options(List.of("compose.yaml"), Map.of("TAG", "shell")));
        assertThat(LoaderFixture.service(shell, "web").get("image")).isEqualTo("x:shell-o");
    }

    @Test
    void envFileFlagReplacesDotEnvAndMustExist() throws Exception {
        LoaderFixture fx = fx();
        fx.write(".env", "TAG=dot\n");
        fx.write("one.env", "TAG=one\n");
        fx.write("two.env", "TAG=two\n");
        fx.write("compose.yaml", "services:\n  web:\n    image: \"x:${TAG}\"\n");
        LoadOptions o = new LoadOptions(List.of(Path.of("compose.yaml")), dir, null, null, List.of(),
                List.of(Path.of("one.env"), Path.of("two.env")), Map.of(), true, List.of());
        assertThat(LoaderFixture.service(fx.load(o), "web").get("image")).isEqualTo("x:two");
        LoadOptions missing = new LoadOptions(List.of(Path.of("compose.yaml")), dir, null, null, List.of(),
                List.of(Path.of("nope.env")), Map.of(), true, List.of());
        assertThatThrownBy(() -> fx.load(missing)).hasMessageContaining("couldn't find env file");
    }

    @Test
    void disabledEnvFileIsNotRead() throws Exception {
        LoaderFixture fx = fx();
        fx.write(".env", "TAG=dot\n");
        fx.write("compose.yaml", "services:\n  web:\n    image: \"x:${TAG:-none}\"\n");
        LoadResult r = fx.load(fx.options(List.of("compose.yaml"), Map.of("COMPOSE_DISABLE_ENV_FILE", "true")));
        assertThat(LoaderFixture.service(r, "web").get("image")).isEqualTo("x:none");
    }

    @Test
    void unsetVariableWarnsWithTheReferenceText() throws Exception {
        LoaderFixture fx = fx();
        fx.write("compose.yaml", "services:\n  web:\n    image: \"x:${NOPE}\"\n");
        assertThat(fx.load("compose.yaml").warnings())
                .contains("The \"NOPE\" variable is not set. Defaulting to a blank string.");
    }

    @Test
    void requiredVariableErrorNamesFileAndLine() throws Exception {
        LoaderFixture fx = fx();
        fx.write("compose.yaml", "services:\n  web:\n    image: \"${NOPE:?set it}\"\n");
        assertThatThrownBy(() -> fx.load("compose.yaml")).isInstanceOfSatisfying(LoadException.class, e -> {
            Problem p = e.problems().getFirst();
            assertThat(p.message()).contains("required variable NOPE is missing a value: set it");
            assertThat(p.location().line()).isEqualTo(3);
        });
    }

    @Test
    void projectNamePrecedence() throws Exception {
        LoaderFixture fx = fx();
        fx.write("compose.yaml", "name: fromfile\nservices:\n  web:\n    image: a\n");
        assertThat(fx.load("compose.yaml").project().name()).isEqualTo("fromfile");
        assertThat(fx.load(fx.options(List.of("compose.yaml"), Map.of("COMPOSE_PROJECT_NAME", "env"))).project().name())
                .isEqualTo("env");
        LoadOptions p = new LoadOptions(List.of(Path.of("compose.yaml")), dir, null, "flag", List.of(), List.of(),
                Map.of("COMPOSE_PROJECT_NAME", "env"), true, List.of());
        assertThat(fx.load(p).project().name()).isEqualTo("flag");
        LoadOptions bad = new LoadOptions(List.of(Path.of("compose.yaml")), dir, null, "Bad!", List.of(), List.of(),
                Map.of(), true, List.of());
        assertThatThrownBy(() -> fx.load(bad)).hasMessageContaining("invalid project name \"Bad!\"");
    }

    @Test
    void projectNameFromDirectoryIsNormalized() throws Exception {
        LoaderFixture fx = fx();
        fx.write("My_App.Dir/compose.yaml", "services:\n  web:\n    image: a\n");
        assertThat(fx.load("My_App.Dir/compose.yaml").project().name()).isEqualTo("my_appdir");
    }

    @Test
    void missingFileIsAProblemNotAStackTrace() {
        assertThatThrownBy(() -> fx().load("nope.yaml")).isInstanceOf(LoadException.class)
                .hasMessageContaining("no such file or directory");
    }
}
