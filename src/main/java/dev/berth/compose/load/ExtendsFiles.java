package dev.berth.compose.load;

import dev.berth.compose.load.yaml.YamlTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the services of a file named by {@code extends.file}: interpolated with the project's
 * environment, relative paths made absolute against that file's directory (the extending file may
 * live elsewhere).
 */
final class ExtendsFiles {
    private ExtendsFiles() {}

    /** The services of the file, the paths its !reset / !override tags name, and where its values are. */
    record Base(Map<String, Object> services, List<String> resetPaths, SourceMap sourceMap) {}

    static Base services(LoadRun run, Path file, String name, String ref, Path from) throws LoadException {
        if (!run.texts().isFile(file)) {
            throw new LoadException(new Problem(run.sourceMap().find("services." + name + ".extends.file"),
                    "services." + name + ".extends.file", "cannot read " + file + ": no such file",
                    "a relative extends.file is found from the project directory (" + run.workingDir()
                            + "), or from the directory of a file itself named by extends.file"));
        }
        SourceMap own = new SourceMap();
        ComposeFile read = ComposeFile.read(file, run.texts(), own);
        Map<String, Object> services = new LinkedHashMap<>();
        List<String> resets = new ArrayList<>();
        for (YamlTree.FileTree doc : read.documents()) {
            Map<String, Object> tree = doc.tree();
            resets.addAll(doc.resetPaths());
            if (run.interpolate()) {
                new Interpolation(run.environment()::get, run.unsetVariables(), own, run.problems())
                        .apply(tree);
                run.failOnProblems();
            }
            Map<String, Object> s = Trees.map(tree.get("services"));
            if (s != null) {
                s.forEach((k, v) -> services.put(k, ServicePaths.absolute(v, file.getParent(), run.context().home())));
            }
        }
        if (!services.containsKey(ref)) {
            throw new LoadException(run.problem("services." + name + ".extends", "cannot extend service \"" + name
                    + "\" in " + from + ": service \"" + ref + "\" not found in " + file));
        }
        return new Base(services, resets, own);
    }
}
