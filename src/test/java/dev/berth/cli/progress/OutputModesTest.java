package dev.berth.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineEvent.Kind;
import dev.berth.engine.EngineEvent.Phase;
import dev.berth.engine.EngineEvent.ResourceChanged;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputModesTest {
    private static final List<EngineEvent> EVENTS = List.of(
            ResourceChanged.container("x-web-1", "web", Phase.CREATING),
            ResourceChanged.container("x-web-1", "web", Phase.CREATED),
            new ResourceChanged(Kind.IMAGE, "x-app", "app", Phase.BUILT, null, null),
            new ResourceChanged(Kind.CONTAINER, "x-db-1", "db", Phase.ERROR, "port is \"taken\"", null),
            new EngineEvent.Warning("found orphan containers"));

    private static String run(String progress, boolean terminal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ProgressSink sink = Progress.open(ProgressSettings.of(progress, null, terminal, Map.of()), "Running",
                out)) {
            EVENTS.forEach(sink::accept);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutATerminalOutputStaysPlainLinesWithoutEscapes() {
        assertThat(run(null, false)).isEqualTo("""
                 Container x-web-1  Creating
                 Container x-web-1  Created
                 app  Built
                 Container x-db-1  Error  port is "taken"
                WARN[0000] found orphan containers
                """).doesNotContain("\u001b");
    }

    @Test
    void quietPrintsOnlyWarnings() {
        assertThat(run("quiet", true)).isEqualTo("WARN[0000] found orphan containers\n");
    }

    @Test
    void jsonIsOneObjectPerEventLikeTheReference() {
        assertThat(run("json", true)).isEqualTo("""
                {"id":"Container x-web-1","status":"Creating"}
                {"id":"Container x-web-1","status":"Created"}
                {"id":"app","status":"Built"}
                {"id":"Container x-db-1","status":"Error","text":"port is \\"taken\\""}
                WARN[0000] found orphan containers
                """);
    }

    @Test
    void jsonCarriesImageBytesAndEscapesControlCharacters() {
        assertThat(JsonProgress.object("app", null, "a\tb\u0001", 50L, 200L))
                .isEqualTo("{\"id\":\"app\",\"text\":\"a\\tb\\u0001\",\"current\":50,\"total\":200,\"percent\":25}");
    }

    @Test
    void onATerminalTheFinalFrameShowsEveryLine() {
        String out = run(null, true).replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
        assertThat(out).contains("WARN[0000] found orphan containers", "[+] Running 3/3", "Container x-web-1",
                "Created", "app", "Built", "Container x-db-1", "Error port is \"taken\"");
    }
}
