package dev.berth.compose.load.canonical;

import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceMap;
import java.util.List;

/** Where canonicalization reports what it cannot make sense of: the source map and the problem list. */
record Shape(SourceMap sourceMap, List<Problem> problems) {
    void problem(String path, String message, String hint) {
        problems.add(new Problem(sourceMap.find(path), path, message, hint));
    }

    void problem(String path, String message) {
        problem(path, message, null);
    }
}
