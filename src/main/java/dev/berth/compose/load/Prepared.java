package dev.berth.compose.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A load up to its profiles: the canonical tree with every service, the project's environment, its compose files
 * and directory, where each value came from, and the warnings so far (none of these depend on the profiles).
 */
record Prepared(Map<String, Object> tree, Map<String, String> env, List<Path> paths, Path projectDir,
                SourceMap sourceMap, List<String> warnings, LoadRun run) {
    Prepared {
        warnings = List.copyOf(warnings);
    }

    /** A pass for the profile steps: the same environment and source map, no problems yet. */
    LoadRun freshRun() {
        return new LoadRun(run.environment(), run.workingDir(), sourceMap, new ArrayList<>(), new LinkedHashSet<>(),
                new ArrayList<>(), run.interpolate(), run.texts(), run.context());
    }
}
