package dev.berth.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Which files the window opens first: those on the command line, else the bundled webapp sample. */
public final class StartFiles {
    static final String SAMPLE = "compose-samples/webapp/compose.yaml";

    private StartFiles() {}

    public static List<Path> choose(List<String> args, Path workingDir) {
        if (!args.isEmpty()) {
            return args.stream().map(a -> workingDir.resolve(a).toAbsolutePath().normalize()).toList();
        }
        return sample(workingDir).map(List::of).orElse(List.of());
    }

    /** Looks for the sample from the working directory upwards, then from the jar's directory upwards. */
    static Optional<Path> sample(Path workingDir) {
        Optional<Path> found = upwards(workingDir);
        if (found.isPresent()) {
            return found;
        }
        try {
            Path jar = Path.of(StartFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return upwards(jar.getParent());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> upwards(Path from) {
        for (Path dir = from == null ? null : from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(SAMPLE);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }
}
