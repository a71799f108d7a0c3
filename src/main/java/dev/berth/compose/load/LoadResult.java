package dev.berth.compose.load;

import dev.berth.compose.model.Project;
import java.util.List;

/** A loaded project, where each of its values came from, and the warnings the reference would print. */
public record LoadResult(Project project, SourceMap sourceMap, List<String> warnings) {
    public LoadResult {
        warnings = List.copyOf(warnings);
    }
}
