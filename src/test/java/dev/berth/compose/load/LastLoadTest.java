package dev.berth.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.render.ConfigRenderer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load answered from the kept one (profiles applied again) is exactly the full load with those profiles. */
class LastLoadTest {
    private static final List<List<String>> SELECTIONS = List.of(List.of(), List.of("debug"), List.of("debug", "tools"),
            List.of("*"), List.of("none-such"), List.of("tools"), List.of("a"), List.of("a", "b"), List.of());

    @TempDir
    Path dir;

    @Test
    void aGeneratedStackGivesTheFullLoadForEverySelection() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), Generated.rich(60));
        Files.writeString(dir.resolve("app.env"), "FROM_ENV_FILE=1\nLOG_LEVEL=${LOG_LEVEL:-warn}\n");
        assertSameAsFullLoads(options(List.of("compose.yaml"), Map.of("LOG_LEVEL", "debug")), 8);
    }

    @Test
    void handWrittenFilesGiveTheFullLoadForEverySelection() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), """
                include:
                  - lib/compose.yaml
                services:
                  web:
                    extends: {file: base.yaml, service: base}
                    depends_on:
                      api: {condition: service_started}
                      debug: {condition: service_started, required: false}
                    env_file: [{path: web.env, required: false}]
                  api: {image: api, profiles: [a, b], volumes: ['apidata:/d'], networks: [back]}
                  debug: {image: "dbg:${TAG:-1}", profiles: [debug], networks: [spare]}
                  tools: {image: tools, profiles: [tools], depends_on: [api]}
                  always: {image: a, profiles: []}
                volumes:
                  apidata: {}
                  shared: {}
                networks:
                  back: {}
                  spare: {}
                secrets:
                  token: {environment: TOKEN}
                """);
        Files.writeString(dir.resolve("base.yaml"), "services:\n  base: {image: web, environment: [A=1]}\n");
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/compose.yaml"), "services:\n  lib: {image: lib, profiles: [tools, a]}\n");
        Files.writeString(dir.resolve(".env"), "TAG=7\nCOMPOSE_PROFILES=a\n");
        // "web" depends on "api", which only "a" or "b" switches on: some selections fail, as a full load does
        assertSameAsFullLoads(options(List.of("compose.yaml"), Map.of("TOKEN", "s3cret")), 4);
    }

    @Test
    void theGoldenProjectsGiveTheFullLoadForEverySelection() throws Exception {
        for (String name : List.of("profiles", "interpolation", "overrides", "extends", "include")) {
            Path golden = Path.of(getClass().getResource("/golden/" + name + "/compose.yaml").toURI()).getParent();
            List<Path> files = new ArrayList<>(List.of(golden.resolve("compose.yaml")));
            if (Files.exists(golden.resolve("compose.override.yaml"))) {
                files.add(golden.resolve("compose.override.yaml"));
            }
            assertSameAsFullLoads(new LoadOptions(files, golden, null, null, List.of(), List.of(), Map.of("HOME", "/root"),
                    true, List.of()), 0);
        }
    }

    @Test
    void namedServicesAndComposeProfilesFromTheEnvironmentToo() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), Generated.rich(30));
        Files.writeString(dir.resolve("app.env"), "A=1\n");
        LastLoad last = new LastLoad();
        LoadOptions base = options(List.of("compose.yaml"), Map.of("COMPOSE_PROFILES", "debug"));
        for (LoadOptions o : List.of(base, base.withTargetServices(List.of("s0019")), base.withProfiles(List.of("x")),
                base.withTargetServices(List.of("s0009", "s0003")), base)) {
            Object full = full(o);
            assertThat(full).isInstanceOf(LoadResult.class);
            assertSame(full, kept(last, o));
        }
        assertThat(last.reused()).isEqualTo(4);
    }

    @Test
    void aChangedFileIsReadAgain() throws Exception {
        Path compose = Files.writeString(dir.resolve("compose.yaml"),
                "services:\n  web: {image: w, env_file: [web.env]}\n  dbg: {image: d, profiles: [debug]}\n");
        Files.writeString(dir.resolve("web.env"), "A=1\n");
        LastLoad last = new LastLoad();
        LoadOptions o = options(List.of("compose.yaml"), Map.of());
        kept(last, o);
        Files.writeString(dir.resolve("web.env"), "A=2\n");
        assertSame(full(o.withProfiles(List.of("debug"))), kept(last, o.withProfiles(List.of("debug"))));
        Files.writeString(compose, "services:\n  web: {image: w2, env_file: [web.env]}\n  dbg: {image: d, profiles: [debug]}\n");
        assertSame(full(o), kept(last, o));
        Files.writeString(dir.resolve(".env"), "X=1\n");
        assertSame(full(o), kept(last, o));
        assertThat(last.reused()).isZero();
        assertSame(full(o.withProfiles(List.of("debug"))), kept(last, o.withProfiles(List.of("debug"))));
        assertThat(last.reused()).isEqualTo(1);
    }

    @Test
    void aModelAskedForAgainIsTheSameUntilAFileChanges() throws Exception {
        Path compose = Files.writeString(dir.resolve("compose.yaml"),
                "services:\n  web: {image: w}\n  dbg: {image: d, profiles: [debug]}\n");
        LastLoad last = new LastLoad();
        LoadOptions o = options(List.of("compose.yaml"), Map.of());
        LoadOptions debug = o.withProfiles(List.of("debug"));
        LoadResult first = last.load(o, SourceTexts.disk(InputStream.nullInputStream()));
        LoadResult ticked = last.load(debug, SourceTexts.disk(InputStream.nullInputStream()));
        LoadResult again = last.load(o, SourceTexts.disk(InputStream.nullInputStream()));
        assertThat(again.project()).isSameAs(first.project());
        assertThat(again).as("a result of its own: each load is news").isNotSameAs(first);
        assertThat(last.load(debug, SourceTexts.disk(InputStream.nullInputStream())).project()).isSameAs(ticked.project());
        Files.writeString(compose, "services:\n  web: {image: w2}\n  dbg: {image: d, profiles: [debug]}\n");
        LoadResult changed = last.load(debug, SourceTexts.disk(InputStream.nullInputStream()));
        assertThat(changed.project()).isNotSameAs(ticked.project());
        assertThat(changed.project().services().get("web").image()).isEqualTo("w2");
        assertThat(last.load(o, SourceTexts.disk(InputStream.nullInputStream())).project().services().get("web").image())
                .isEqualTo("w2");
    }

    @Test
    void anEditorsUnsavedTextIsADifferentFile() throws Exception {
        Path compose = Files.writeString(dir.resolve("compose.yaml"), "services:\n  web: {image: w}\n");
        LastLoad last = new LastLoad();
        LoadOptions o = options(List.of("compose.yaml"), Map.of());
        kept(last, o);
        SourceTexts typed = new SourceTexts(InputStream.nullInputStream(), Map.of(compose, "services:\n  api: {image: a}\n"));
        LoadResult r = last.load(o, typed);
        assertThat(r.project().services()).containsOnlyKeys("api");
        assertThat(typed.read()).containsOnlyKeys(compose);
        assertThat(last.reused()).isZero();
    }

    private LoadOptions options(List<String> files, Map<String, String> env) {
        return new LoadOptions(files.stream().map(dir::resolve).toList(), dir, null, null, List.of(), List.of(), env,
                true, List.of());
    }

    /** Loads every selection fully and through one LastLoad, and compares; {@code atLeast} selections must load. */
    private void assertSameAsFullLoads(LoadOptions base, int atLeast) throws Exception {
        LastLoad last = new LastLoad();
        int loaded = 0;
        for (List<String> profiles : SELECTIONS) {
            LoadOptions o = base.withProfiles(profiles);
            Object full = full(o);
            SourceTexts texts = SourceTexts.disk(InputStream.nullInputStream());
            Object kept = kept(last, o, texts);
            assertSame(full, kept);
            SourceTexts fresh = SourceTexts.disk(InputStream.nullInputStream());
            new ProjectLoader(fresh).load(base);
            assertThat(texts.read()).as("the files a kept load names as read").isEqualTo(fresh.read());
            loaded += full instanceof LoadResult ? 1 : 0;
        }
        assertThat(last.reused()).as("loads answered from the kept one").isEqualTo(SELECTIONS.size() - 1);
        assertThat(loaded).isGreaterThanOrEqualTo(atLeast);
    }

    private static void assertSame(Object full, Object kept) {
        if (full instanceof LoadResult f && kept instanceof LoadResult k) {
            assertThat(k.project()).isEqualTo(f.project());
            assertThat(ConfigRenderer.json(k.project().tree())).isEqualTo(ConfigRenderer.json(f.project().tree()));
            assertThat(k.warnings()).isEqualTo(f.warnings());
            assertThat(k.project().activeProfiles()).isEqualTo(f.project().activeProfiles());
        } else {
            assertThat(kept).isEqualTo(full);
        }
    }

    /** The result of a full load, or its problems. */
    private static Object full(LoadOptions o) {
        try {
            return new ProjectLoader(InputStream.nullInputStream()).load(o);
        } catch (LoadException e) {
            return e.problems();
        }
    }

    private static Object kept(LastLoad last, LoadOptions o) {
        return kept(last, o, SourceTexts.disk(InputStream.nullInputStream()));
    }

    private static Object kept(LastLoad last, LoadOptions o, SourceTexts texts) {
        try {
            return last.load(o, texts);
        } catch (LoadException e) {
            return e.problems();
        }
    }
}
