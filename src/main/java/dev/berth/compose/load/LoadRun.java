package dev.berth.compose.load;

import dev.berth.compose.load.canonical.LoadContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one pass of loading shares: the environment for interpolation, the directory relative paths
 * start from, the source map, the problems and the unset variables found so far.
 */
record LoadRun(Map<String, String> environment, Path workingDir, SourceMap sourceMap, List<Problem> problems,
               Set<String> unsetVariables, List<String> warnings, boolean interpolate, SourceTexts texts,
               LoadContext context) {

    /** The same pass for an included project: its own environment and directory. */
    LoadRun forInclude(Map<String, String> env, Path dir) {
        LoadContext ctx = new LoadContext(context.projectName(), dir, context.workingDir(), env,
                context.configFiles(), context.resolvePaths(), context.files());
        return new LoadRun(env, dir, sourceMap, problems, unsetVariables, warnings, interpolate, texts, ctx);
    }

    /** Throws every problem collected so far, if any. */
    void failOnProblems() throws LoadException {
        if (!problems.isEmpty()) {
            throw new LoadException(List.copyOf(problems));
        }
    }

    Problem problem(String path, String message) {
        return new Problem(sourceMap.find(path), path, message, null);
    }
}
