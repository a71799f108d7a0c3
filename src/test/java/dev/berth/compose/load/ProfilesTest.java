package dev.berth.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {
    private static final String FILE = """
            services:
              web: {image: web}
              debug: {image: dbg, profiles: [debug]}
              tools: {image: tools, profiles: [tools, all]}
            """;

    @TempDir
    Path dir;

    private LoadResult load(String yaml, List<String> profiles, Map<String, String> env, List<String> targets)
            throws Exception {
        LoaderFixture fx = new LoaderFixture(dir);
        fx.write("compose.yaml", yaml);
        return fx.load(new LoadOptions(List.of(Path.of("compose.yaml")), dir, null, null, profiles, List.of(), env, true,
                targets));
    }

    @Test
    void servicesWithInactiveProfilesAreKeptAsideAsGhosts() throws Exception {
        LoadResult r = load(FILE, List.of(), Map.of(), List.of());
        assertThat(LoaderFixture.services(r)).containsOnlyKeys("web");
        assertThat(r.project().disabledServices()).containsOnlyKeys("debug", "tools");
    }

    @Test
    void flagEnvAndStar() throws Exception {
        assertThat(LoaderFixture.services(load(FILE, List.of("debug"), Map.of(), List.of()))).containsOnlyKeys("web", "debug");
        assertThat(LoaderFixture.services(load(FILE, List.of(), Map.of("COMPOSE_PROFILES", "all, debug"), List.of())))
                .containsOnlyKeys("web", "debug", "tools");
        assertThat(LoaderFixture.services(load(FILE, List.of("*"), Map.of(), List.of()))).hasSize(3);
    }

    @Test
    void targetServiceEnablesItsProfiles() throws Exception {
        LoadResult r = load(FILE, List.of(), Map.of(), List.of("tools"));
        assertThat(r.project().activeProfiles()).contains("tools", "all");
        assertThat(LoaderFixture.services(r)).containsKey("tools");
    }

    @Test
    void dependingOnADisabledServiceIsAnErrorUnlessOptional() throws Exception {
        String required = "services:\n  web: {image: w, depends_on: [db]}\n  db: {image: d, profiles: [db]}\n";
        assertThatThrownBy(() -> load(required, List.of(), Map.of(), List.of()))
                .hasMessageContaining("depends on undefined service \"db\"");
        String optional = "services:\n  web:\n    image: w\n    depends_on:\n      db: {condition: service_started, required: false}\n"
                + "  db: {image: d, profiles: [db]}\n";
        assertThat(LoaderFixture.services(load(optional, List.of(), Map.of(), List.of()))).containsOnlyKeys("web");
    }

    @Test
    void unusedNetworksAndVolumesAreDropped() throws Exception {
        String yaml = "services:\n  web: {image: w}\n  db: {image: d, profiles: [db], volumes: ['data:/d']}\n"
                + "volumes:\n  data: {}\nnetworks:\n  spare: {}\n";
        LoadResult r = load(yaml, List.of(), Map.of(), List.of());
        assertThat(r.project().tree()).doesNotContainKey("volumes");
        assertThat(r.project().networks()).doesNotContainKey("spare");
    }
}
