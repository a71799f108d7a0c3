package dev.berth.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The causes a preview gives for a service update: none for what the engine only filled in. */
class SpecDiffTest {
    @TempDir Path dir;

    private Map<String, Object> spec(String yaml) {
        return StackFiles.convert(StackFiles.load(dir, "st", yaml), "st").services().get("web");
    }

    /** The spec as the engine returns it after an update: defaults filled, networks by ID. */
    @SuppressWarnings("unchecked")
    private static Doc stored(Map<String, Object> sent) {
        Map<String, Object> copy = Doc.deepCopy(sent);
        Map<String, Object> task = Doc.task(copy);
        task.put("RestartPolicy", Map.of("Condition", "any", "Delay", 5_000_000_000L, "MaxAttempts", 0));
        ((Map<String, Object>) task.get("ContainerSpec")).put("StopGracePeriod", 10_000_000_000L);
        ((Map<String, Object>) task.get("ContainerSpec")).put("Isolation", "default");
        copy.put("UpdateConfig", Map.of("Parallelism", 1, "FailureAction", "pause", "Monitor", 5_000_000_000L,
                "MaxFailureRatio", 0, "Order", "stop-first"));
        copy.put("EndpointSpec", Map.of("Mode", "vip"));
        task.put("Networks", List.of(Map.of("Target", "n123", "Aliases", List.of("web"))));
        return new Doc(copy);
    }

    private static final String WEB = """
            services:
              web:
                image: busybox:1
                environment: {A: "1"}
                deploy: {replicas: 3}
            """;

    @Test
    void sameFileIsUnchangedDespiteTheEnginesDefaults() {
        assertEquals(List.of(), SpecDiff.causes(spec(WEB), stored(spec(WEB)), Map.of("st_default", "n123")));
    }

    @Test
    void eachChangeNamesItsCause() {
        Doc before = stored(spec(WEB));
        Map<String, Object> after = spec(WEB.replace("busybox:1", "busybox:2").replace("replicas: 3", "replicas: 5")
                .replace("A: \"1\"", "A: \"2\""));
        assertEquals(List.of("image busybox:1 → busybox:2", "replicas 3 → 5", "environment changed"),
                SpecDiff.causes(after, before, Map.of("st_default", "n123")));
    }

    @Test
    void updateConfigInTheFileIsCompared() {
        Doc before = stored(spec(WEB));
        Map<String, Object> after = spec(WEB.replace("replicas: 3}", "replicas: 3, update_config: {order: start-first}}"));
        assertEquals(List.of("update_config changed"), SpecDiff.causes(after, before, Map.of("st_default", "n123")));
    }

    @Test
    void anotherNetworkIsAChange() {
        assertEquals(List.of("networks changed"), SpecDiff.causes(spec(WEB), stored(spec(WEB)), Map.of("st_default", "n999")));
    }
}
