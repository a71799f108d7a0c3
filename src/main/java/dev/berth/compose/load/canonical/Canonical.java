package dev.berth.compose.load.canonical;

import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceMap;
import java.util.List;
import java.util.Map;

/**
 * Canonical form of a compose tree. {@link #file} turns short syntax into long syntax per file,
 * before files are merged (as compose-go's transform.Canonical does); {@link #project} sets
 * defaults, resolves paths, coerces types and names resources once the files are merged.
 * Both change the given tree in place and return it.
 */
public final class Canonical {
    private Canonical() {}

    public static Map<String, Object> file(Map<String, Object> fileTree, LoadContext ctx, SourceMap sm,
                                           List<Problem> problems) {
        Shape shape = new Shape(sm, problems);
        Map<String, Object> services = Trees.map(fileTree, "services");
        if (services != null) {
            services.forEach((name, service) -> {
                Map<String, Object> s = Trees.map(service);
                if (s != null) {
                    ServiceShape.file(s, "services." + name, shape);
                }
            });
        }
        TopLevel.file(fileTree, shape);
        return fileTree;
    }

    public static Map<String, Object> project(Map<String, Object> mergedTree, LoadContext ctx, SourceMap sm,
                                              List<Problem> problems) {
        Shape shape = new Shape(sm, problems);
        Map<String, Object> services = Trees.map(mergedTree, "services");
        if (services != null) {
            services.forEach((name, service) -> {
                Map<String, Object> s = Trees.map(service);
                if (s != null) {
                    ServiceShape.project(name, s, "services." + name, ctx, shape);
                }
            });
        }
        mergedTree.remove("version");
        mergedTree.put("name", ctx.projectName());
        TopLevel.project(mergedTree, ctx, shape);
        ProjectTypes.canonical(mergedTree, shape);
        return mergedTree;
    }
}
