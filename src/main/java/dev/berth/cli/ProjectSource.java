package dev.berth.cli;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.model.Project;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/** Loads the project the global flags point at, and prints the loader's warnings as the reference does. */
final class ProjectSource {
    private ProjectSource() {}

    static Project load(GlobalOptions global, List<String> targetServices) throws LoadException {
        LoadOptions options = global.toLoadOptions().withTargetServices(targetServices);
        LoadResult result = invokeLoader(options);
        result.warnings().forEach(w -> System.err.println("WARN[0000] " + w));
        return result.project();
    }

    /** Project name for commands that work without a compose file (down -p x, ps -p x, logs -p x). */
    static String projectName(GlobalOptions global) {
        String name = global.combined().projectName;
        if (name == null) {
            name = System.getenv("COMPOSE_PROJECT_NAME");
        }
        return name;
    }

    // The loader is built in parallel by another part of the project; resolve it at run time until it lands on main.
    private static LoadResult invokeLoader(LoadOptions options) throws LoadException {
        try {
            Class<?> loader = Class.forName("dev.berth.compose.load.ProjectLoader");
            Method load = loader.getMethod("load", LoadOptions.class);
            Object target = Modifier.isStatic(load.getModifiers()) ? null : loader.getDeclaredConstructor().newInstance();
            return (LoadResult) load.invoke(target, options);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof LoadException l) {
                throw l;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the compose loader is not available in this build", e);
        }
    }
}
