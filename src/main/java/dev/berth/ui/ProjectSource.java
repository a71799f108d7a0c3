package dev.berth.ui;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.SourceTexts;

/** Where the window gets projects from: the loader in the app, hand-made projects in tests. */
@FunctionalInterface
public interface ProjectSource {
    LoadResult load(LoadOptions options) throws LoadException;

    /**
     * Loads through {@code texts}: an editor's unsaved text stands for files on disk, and {@code texts}
     * tells afterwards which files were read. Sources that do not read files (hand-made projects in
     * tests) have nothing to replace and read nothing.
     */
    default LoadResult load(LoadOptions options, SourceTexts texts) throws LoadException {
        return load(options);
    }
}
