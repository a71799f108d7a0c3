package dev.berth.compose.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to load, as the global CLI flags and the environment say.
 *
 * @param files            {@code -f} files in order; empty means discover (COMPOSE_FILE, then compose.yaml… upwards); "-" is stdin
 * @param workingDir       where discovery starts (the caller's current directory)
 * @param projectDirectory {@code --project-directory}, or null
 * @param projectName      {@code -p}, or null
 * @param profiles         {@code --profile} values (COMPOSE_PROFILES is read from the environment when empty)
 * @param envFiles         {@code --env-file} values; empty means {@code <project dir>/.env}
 * @param environment      the caller's environment (the CLI's Invocation, a fixed map in tests)
 * @param interpolate      false for {@code --no-interpolate}
 * @param targetServices   services named on the command line (their profiles are enabled), may be empty
 */
public record LoadOptions(List<Path> files, Path workingDir, Path projectDirectory, String projectName,
                          List<String> profiles, List<Path> envFiles, Map<String, String> environment,
                          boolean interpolate, List<String> targetServices) {
    public LoadOptions {
        files = files == null ? List.of() : List.copyOf(files);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        envFiles = envFiles == null ? List.of() : List.copyOf(envFiles);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        targetServices = targetServices == null ? List.of() : List.copyOf(targetServices);
    }

    /**
     * Loads the given files with defaults, the way the GUI and tests usually ask: the first file's directory is the
     * working directory, so the files must be absolute (no process directory is read here).
     */
    public static LoadOptions ofFiles(List<Path> files, Map<String, String> environment) {
        if (files.isEmpty() || !files.getFirst().isAbsolute()) {
            throw new IllegalArgumentException("ofFiles needs absolute compose files, got " + files);
        }
        Path dir = files.getFirst().getParent();
        return new LoadOptions(files, dir, null, null, List.of(), List.of(), environment, true, List.of());
    }

    public LoadOptions withProfiles(List<String> newProfiles) {
        return new LoadOptions(files, workingDir, projectDirectory, projectName, newProfiles, envFiles, environment,
                interpolate, targetServices);
    }

    public LoadOptions withTargetServices(List<String> services) {
        return new LoadOptions(files, workingDir, projectDirectory, projectName, profiles, envFiles, environment,
                interpolate, services);
    }
}
