package dev.berth.ui;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;

/** Where the window gets projects from: the loader in the app, hand-made projects in tests. */
@FunctionalInterface
public interface ProjectSource {
    LoadResult load(LoadOptions options) throws LoadException;
}
