package dev.berth.stack;

import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.ProjectLoader;
import dev.berth.compose.model.Project;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads compose YAML written by a test as `stack deploy -c` loads it: under the stack's name. */
final class StackFiles {
    private StackFiles() {}

    static Project load(Path dir, String namespace, String yaml) {
        try {
            Path file = dir.resolve("compose.yaml");
            Files.writeString(file, yaml);
            LoadOptions options = new LoadOptions(List.of(file), dir, null, namespace, List.of(), List.of(), Map.of(),
                    true, List.of());
            return new ProjectLoader(new ByteArrayInputStream(new byte[0])).load(options).project();
        } catch (IOException | dev.berth.compose.load.LoadException e) {
            throw new AssertionError(e);
        }
    }

    static StackSpec convert(Project project, String namespace) {
        return StackConverter.convert(project, namespace, new ObjectVersions(project, namespace, Map.of()));
    }
}
