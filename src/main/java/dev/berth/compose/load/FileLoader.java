package dev.berth.compose.load;

import dev.berth.compose.load.canonical.Canonical;
import dev.berth.compose.load.merge.OverrideMerge;
import dev.berth.compose.load.merge.Unicity;
import dev.berth.compose.load.validate.Validator;
import dev.berth.compose.load.yaml.YamlTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads compose files into one tree, each document in the reference's order: interpolate,
 * extends, apply !reset/!override, include, merge into what came before, de-duplicate, validate,
 * canonicalize.
 */
final class FileLoader {
    private FileLoader() {}

    static Map<String, Object> load(List<ComposeFile> files, LoadRun run, List<Path> includeStack)
            throws LoadException {
        Map<String, Object> dict = new LinkedHashMap<>();
        for (ComposeFile file : files) {
            for (YamlTree.FileTree doc : file.documents()) {
                dict = document(file, doc, dict, run, includeStack);
            }
        }
        return dict;
    }

    private static Map<String, Object> document(ComposeFile file, YamlTree.FileTree doc, Map<String, Object> dict,
                                                LoadRun run, List<Path> includeStack) throws LoadException {
        Map<String, Object> cfg = doc.tree();
        if (run.interpolate()) {
            new Interpolation(run.environment()::get, run.unsetVariables(), run.sourceMap(), run.problems()).apply(cfg);
            run.failOnProblems();
        }
        new Extends(run, file.path(), doc.resetPaths()).apply(cfg);
        ResetPaths.apply(dict, doc.resetPaths());
        List<Path> stack = new ArrayList<>(includeStack);
        stack.add(file.path());
        Include.apply(cfg, run, stack);
        Map<String, Object> merged;
        try {
            merged = OverrideMerge.merge(dict, cfg);
        } catch (OverrideMerge.MergeException e) {
            throw new LoadException(run.problem("", e.getMessage()));
        }
        Unicity.enforce(merged);
        Validator.schema(merged, run.sourceMap(), run.problems());
        run.failOnProblems();
        if (merged.remove("version") != null) {
            run.warnings().add(file.path() + ": the attribute `version` is obsolete, it will be ignored, "
                    + "please remove it to avoid potential confusion");
        }
        Canonical.file(merged, run.context(), run.sourceMap(), run.problems());
        Validator.fieldRules(merged, run.sourceMap(), run.problems());
        run.failOnProblems();
        Unicity.enforce(merged);
        return merged;
    }
}
