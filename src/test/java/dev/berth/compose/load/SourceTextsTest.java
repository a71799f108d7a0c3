package dev.berth.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor's unsaved text stands for any file a load reads (compose, included, extended, .env), the
 * load tells which files it read, and a problem in an extended file points into that file.
 */
class SourceTextsTest {
    @TempDir
    Path dir;
    private LoaderFixture fixture;
    private Path compose;
    private Path base;
    private Path more;
    private Path env;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new LoaderFixture(dir);
        compose = fixture.write("compose.yaml", """
                include: [parts/more.yaml]
                services:
                  web:
                    extends: {file: base.yaml, service: base}
                """);
        base = fixture.write("base.yaml", "services:\n  base:\n    image: busybox:${TAG}\n");
        more = fixture.write("parts/more.yaml", "services:\n  queue:\n    image: busybox\n");
        env = fixture.write(".env", "TAG=1\n");
    }

    private LoadResult load(SourceTexts texts) throws LoadException {
        return new ProjectLoader(texts).load(fixture.options(List.of("compose.yaml"), Map.of()));
    }

    @Test
    void theLoadTellsEveryFileItReadWithItsKind() throws Exception {
        SourceTexts texts = SourceTexts.disk(InputStream.nullInputStream());
        load(texts);
        assertThat(texts.read()).containsExactlyInAnyOrderEntriesOf(Map.of(
                compose, SourceTexts.Kind.COMPOSE, base, SourceTexts.Kind.COMPOSE,
                more, SourceTexts.Kind.COMPOSE, env, SourceTexts.Kind.ENV));
    }

    @Test
    void unsavedTextOfEnvIncludedAndExtendedFilesStandsForTheDisk() throws Exception {
        SourceTexts texts = new SourceTexts(InputStream.nullInputStream(), Map.of(
                env, "TAG=2\n",
                more, "services:\n  queue:\n    image: busybox\n  worker:\n    image: busybox\n",
                base, "services:\n  base:\n    image: alpine:${TAG}\n"));
        LoadResult r = load(texts);
        assertThat(LoaderFixture.services(r)).containsKeys("web", "queue", "worker");
        assertThat(LoaderFixture.service(r, "web")).containsEntry("image", "alpine:2");
    }

    @Test
    void aServicesEnvFileIsReadThroughTheSameTextsAsAnyOther() throws Exception {
        fixture.write("compose.yaml", "services:\n  web:\n    image: busybox\n    env_file: [web.env]\n");
        Path webEnv = fixture.write("web.env", "MODE=disk\n");
        SourceTexts onDisk = SourceTexts.disk(InputStream.nullInputStream());
        assertThat(LoaderFixture.service(load(onDisk), "web").get("environment")).isEqualTo(Map.of("MODE", "disk"));
        assertThat(onDisk.read()).as("the window opens it in a tab").containsEntry(webEnv, SourceTexts.Kind.ENV);

        SourceTexts edited = new SourceTexts(InputStream.nullInputStream(), Map.of(webEnv, "MODE=typed\n"));
        assertThat(LoaderFixture.service(load(edited), "web").get("environment")).isEqualTo(Map.of("MODE", "typed"));
        SourceTexts broken = new SourceTexts(InputStream.nullInputStream(), Map.of(webEnv, "MODE=\"open\n"));
        LoadException e = catchThrowableOfType(LoadException.class, () -> load(broken));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains(webEnv.toString()));
    }

    @Test
    void aMistakeInAnExtendedFileIsLocatedInThatFile() {
        SourceTexts texts = new SourceTexts(InputStream.nullInputStream(), Map.of(
                base, "services:\n  base:\n    image: busybox\n    imgae: x\n"));
        LoadException e = catchThrowableOfType(LoadException.class, () -> load(texts));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo(base);
            assertThat(p.location().line()).isEqualTo(4);
            assertThat(p.location().column()).isEqualTo(5);
        });
        assertThat(texts.read()).as("a failed load still tells what it read").containsKeys(compose, base, env);
    }

    @Test
    void aBrokenEnvLineIsLocatedAtItsColumn() {
        SourceTexts texts = new SourceTexts(InputStream.nullInputStream(), Map.of(env, "TAG=1\nexport A=\"open\n"));
        LoadException e = catchThrowableOfType(LoadException.class, () -> load(texts));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(new dev.berth.compose.model.Location(env, 2, 10));
            assertThat(p.message()).contains("unterminated quoted value");
        });
    }
}
