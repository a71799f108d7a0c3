package dev.berth.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets and configs as versioned objects: reuse the same content, a new name for new content. */
class ObjectVersionsTest {
    @TempDir Path dir;

    private static final String YAML = """
            services: {a: {image: busybox, secrets: [s], configs: [c]}}
            secrets: {s: {file: ./s.txt}}
            configs: {c: {file: ./c.txt}}
            """;

    private static Doc object(String id, String name, Map<String, String> labels, String data) {
        Map<String, Object> spec = new java.util.HashMap<>(Map.of("Name", name, "Labels", labels));
        if (data != null) {
            spec.put("Data", Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8)));
        }
        return new Doc(Map.of("ID", id, "Spec", spec));
    }

    private ObjectVersions versions(Map<String, List<Doc>> existing) throws Exception {
        Files.writeString(dir.resolve("s.txt"), "v2");
        Files.writeString(dir.resolve("c.txt"), "conf");
        return new ObjectVersions(StackFiles.load(dir, "st", YAML), "st", existing);
    }

    @Test
    void newObjectsTakeThePlainName() throws Exception {
        ObjectVersions v = versions(Map.of());
        assertEquals(List.of("Secret st_s", "Config st_c"), v.toCreate().stream().map(Object::toString).toList());
        assertEquals(ObjectVersions.sha256("v2".getBytes(StandardCharsets.UTF_8)),
                v.toCreate().getFirst().labels().get(ObjectVersions.HASH));
    }

    @Test
    void sameContentIsReusedChangedContentGetsAVersionedNameAndTheOldOneGoes() throws Exception {
        String v1 = ObjectVersions.sha256("v1".getBytes(StandardCharsets.UTF_8));
        Doc oldSecret = object("S1", "st_s", Map.of(ObjectVersions.HASH, v1, ObjectVersions.KEY, "s"), null);
        Doc dockerConfig = object("C1", "st_c", Map.of("com.docker.stack.namespace", "st"), "conf");
        ObjectVersions v = versions(Map.of("Secret", List.of(oldSecret), "Config", List.of(dockerConfig)));
        String v2 = ObjectVersions.sha256("v2".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Secret st_s-" + v2.substring(0, 10)), v.toCreate().stream().map(Object::toString).toList());
        assertEquals("st_c", v.name("Config", "c")); // made by docker stack, same data: kept
        assertEquals("C1", v.id("Config", "st_c"));
        assertEquals(List.of("st_s"), v.unused().stream().map(ObjectVersions.Old::name).toList());
    }
}
