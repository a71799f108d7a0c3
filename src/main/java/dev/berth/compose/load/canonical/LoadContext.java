package dev.berth.compose.load.canonical;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What canonicalization needs to know about the project being loaded.
 *
 * @param projectName      the final project name (names default networks and volumes)
 * @param projectDirectory relative paths resolve against it
 * @param workingDir       the process's current directory
 * @param environment      the resolved environment (shell over .env), for env_file and secrets from the environment
 * @param configFiles      the compose files in load order
 * @param resolvePaths     false for {@code --no-path-resolution}
 */
public record LoadContext(String projectName, Path projectDirectory, Path workingDir,
                          Map<String, String> environment, List<Path> configFiles, boolean resolvePaths) {
    public LoadContext {
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        configFiles = configFiles == null ? List.of() : List.copyOf(configFiles);
    }

    public LoadContext(String projectName, Path projectDirectory, Map<String, String> environment, List<Path> configFiles) {
        this(projectName, projectDirectory, projectDirectory, environment, configFiles, true);
    }

    /**
     * The user's home directory for {@code ~} in paths: HOME from the caller's environment, else the user's own
     * (the daemon serves only the user it runs as), as the reference's homedir.Get.
     */
    public String home() {
        String home = environment.get("HOME");
        return home != null ? home : System.getProperty("user.home");
    }
}
