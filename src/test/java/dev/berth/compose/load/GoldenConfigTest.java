package dev.berth.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.compose.render.ConfigRenderer;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our own compose projects under {@code golden/}, each with {@code expected.json} recorded from
 * {@code docker compose [args] config --format json} (v2.40.3, empty environment) and optional {@code args}.
 */
class GoldenConfigTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"interpolation", "overrides", "extends", "profiles", "include"})
    void configMatchesTheReference(String name) throws Exception {
        Path dir = Path.of(GoldenConfigTest.class.getResource("/golden/" + name + "/compose.yaml").toURI()).getParent();
        List<String> profiles = new ArrayList<>();
        Path args = dir.resolve("args");
        if (Files.exists(args)) {
            List<String> words = Files.readAllLines(args);
            for (int i = 0; i + 1 < words.size(); i += 2) {
                if (words.get(i).equals("--profile")) {
                    profiles.add(words.get(i + 1));
                }
            }
        }
        LoadOptions o = new LoadOptions(List.of(), dir, null, null, profiles, List.of(), Map.of("HOME", "/root"), true,
                List.of());
        LoadResult r = new ProjectLoader(new ByteArrayInputStream(new byte[0])).load(o);
        JsonNode actual = JSON.readTree(ConfigRenderer.json(r.project().tree()));
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        assertThat(actual).isEqualTo(expected);
    }
}
