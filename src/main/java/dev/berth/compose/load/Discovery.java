package dev.berth.compose.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the compose files, env files and project directory as the reference CLI does. */
final class Discovery {
    static final List<String> NAMES = List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");
    static final List<String> OVERRIDES = List.of("compose.override.yml", "compose.override.yaml",
            "docker-compose.override.yml", "docker-compose.override.yaml");

    private Discovery() {}

    /** The .env files to read: --env-file values, else {@code .env} of the project directory, first -f's directory or cwd. */
    static List<Path> envFiles(LoadOptions o) {
        if (!o.envFiles().isEmpty()) {
            return o.envFiles().stream().map(p -> o.workingDir().resolve(p).normalize()).toList();
        }
        if (truthy(o.environment().get("COMPOSE_DISABLE_ENV_FILE"))) {
            return List.of();
        }
        Path dir = o.projectDirectory();
        if (dir == null) {
            dir = o.files().stream().filter(f -> !f.toString().equals("-")).findFirst()
                    .map(f -> o.workingDir().resolve(f).normalize().getParent()).orElse(o.workingDir());
        }
        return List.of(dir.resolve(".env"));
    }

    /** -f files, else COMPOSE_FILE, else compose.yaml and its override searched from the directory upwards. */
    static List<Path> configFiles(LoadOptions o, Map<String, String> env) throws LoadException {
        List<Path> files = new ArrayList<>();
        if (!o.files().isEmpty()) {
            o.files().forEach(f -> files.add(f.toString().equals("-") ? f : o.workingDir().resolve(f).normalize()));
            return files;
        }
        String fromEnv = env.get("COMPOSE_FILE");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            String sep = env.getOrDefault("COMPOSE_PATH_SEPARATOR", ":");
            for (String f : fromEnv.split(java.util.regex.Pattern.quote(sep.isEmpty() ? ":" : sep))) {
                if (!f.isEmpty()) {
                    files.add(f.equals("-") ? Path.of(f) : o.workingDir().resolve(f).normalize());
                }
            }
            return files;
        }
        Path start = o.projectDirectory() != null ? o.projectDirectory() : o.workingDir();
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path found = first(dir, NAMES);
            if (found != null) {
                files.add(found);
                Path override = first(dir, OVERRIDES);
                if (override != null) {
                    files.add(override);
                }
                return files;
            }
        }
        throw new LoadException(new Problem(null, "", "no configuration file provided: not found",
                "create compose.yaml here or name one with -f"));
    }

    private static Path first(Path dir, List<String> names) {
        for (String n : names) {
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    static boolean truthy(String v) {
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
    }
}
