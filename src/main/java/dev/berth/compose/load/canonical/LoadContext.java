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
 * @param files            where services' env_file and label_file texts come from (an editor's unsaved text, or the disk)
 */
public record LoadContext(String projectName, Path projectDirectory, Path workingDir,
                          Map<String, String> environment, List<Path> configFiles, boolean resolvePaths, EnvTexts files) {
    /** Reads the texts of env files; a window's reader answers with what its editor holds. */
    public interface EnvTexts {
        boolean isFile(Path file);

        String read(Path file) throws java.io.IOException;

        EnvTexts DISK = new EnvTexts() {
            public boolean isFile(Path file) {
                return java.nio.file.Files.isRegularFile(file);
            }

            public String read(Path file) throws java.io.IOException {
                return java.nio.file.Files.readString(file);
            }
        };
    }

    public LoadContext {
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        configFiles = configFiles == null ? List.of() : List.copyOf(configFiles);
        files = files == null ? EnvTexts.DISK : files;
    }

    public LoadContext(String projectName, Path projectDirectory, Path workingDir, Map<String, String> environment,
                       List<Path> configFiles, boolean resolvePaths) {
        this(projectName, projectDirectory, workingDir, environment, configFiles, resolvePaths, EnvTexts.DISK);
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
