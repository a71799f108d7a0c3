package dev.berth.insight;

import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.ProjectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads a compose text written into a directory, as the CLI would, for insight tests. */
public final class Loads {
    private Loads() {}

    public static LoadResult load(Path dir, String yaml) {
        try {
            Files.writeString(dir.resolve("compose.yaml"), yaml);
            return new ProjectLoader().load(new LoadOptions(List.of(Path.of("compose.yaml")), dir, null, null,
                    List.of(), List.of(), Map.of(), true, List.of()));
        } catch (IOException | dev.berth.compose.load.LoadException e) {
            throw new IllegalStateException(e);
        }
    }
}
