package dev.berth.compose.load.validate;

import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceMap;
import java.util.List;

/** Adds problems located by the source map. */
record Report(SourceMap sourceMap, List<Problem> problems) {
    void add(String path, String message, String hint) {
        problems.add(new Problem(sourceMap.find(path), path, message, hint));
    }

    void add(String path, String message) {
        add(path, message, null);
    }
}
