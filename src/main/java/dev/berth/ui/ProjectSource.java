package dev.berth.ui;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import java.nio.file.Path;
import java.util.Map;

/** Where the window gets projects from: the loader in the app, hand-made projects in tests. */
@FunctionalInterface
public interface ProjectSource {
    LoadResult load(LoadOptions options) throws LoadException;

    /**
     * Loads with an editor's unsaved text standing for files on disk (absolute, normalized paths).
     * Sources that do not read files (hand-made projects in tests) have nothing to replace.
     */
    default LoadResult load(LoadOptions options, Map<Path, String> buffers) throws LoadException {
        return load(options);
    }
}
