package dev.berth.cli;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.ProjectLoader;
import dev.berth.compose.model.Project;
import java.util.List;

/** Loads the project the global flags point at, and prints the loader's warnings as the reference does. */
final class ProjectSource {
    private ProjectSource() {}

    static Project load(GlobalOptions global, List<String> targetServices) throws LoadException {
        LoadOptions options = global.toLoadOptions().withTargetServices(targetServices);
        Invocation caller = global.caller();
        LoadResult result = new ProjectLoader(caller.in()).load(options);
        result.warnings().forEach(w -> caller.err().println("WARN[0000] " + w));
        return result.project();
    }

    /**
     * Project name for commands that work without a compose file (down -p x, ps -p x, logs -p x): {@code -p}, else
     * the caller's COMPOSE_PROJECT_NAME, as the reference takes it.
     */
    static String projectName(GlobalOptions global) {
        String name = global.combined().projectName;
        if (name == null || name.isEmpty()) {
            name = global.caller().environment().get("COMPOSE_PROJECT_NAME");
        }
        return name == null || name.isEmpty() ? null : name;
    }
}
