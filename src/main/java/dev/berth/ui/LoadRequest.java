package dev.berth.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the person asked to open: compose files (base then overrides), env files and ticked profiles. */
public record LoadRequest(List<Path> files, List<Path> envFiles, Set<String> profiles) {
    public static final LoadRequest NONE = new LoadRequest(List.of(), List.of(), Set.of());

    public LoadRequest {
        files = List.copyOf(files);
        envFiles = List.copyOf(envFiles);
        profiles = Set.copyOf(profiles);
    }

    public LoadRequest withProfile(String profile, boolean on) {
        Set<String> next = new TreeSet<>(profiles);
        if (on) {
            next.add(profile);
        } else {
            next.remove(profile);
        }
        return new LoadRequest(files, envFiles, next);
    }

    public LoadRequest withFiles(List<Path> newFiles) {
        return new LoadRequest(newFiles, envFiles, profiles);
    }

    public LoadRequest withEnvFiles(List<Path> newEnvFiles) {
        return new LoadRequest(files, newEnvFiles, profiles);
    }

    /** The command that does the same from a terminal, e.g. {@code berth --profile debug up}. */
    public String cliLine(Path workingDir, String verb) {
        StringBuilder b = new StringBuilder("berth");
        boolean onlyDefault = files.size() == 1 && files.getFirst().toAbsolutePath().normalize()
                .equals(workingDir.resolve("compose.yaml").toAbsolutePath().normalize());
        if (!onlyDefault) {
            files.forEach(f -> b.append(" -f ").append(shown(workingDir, f)));
        }
        envFiles.forEach(f -> b.append(" --env-file ").append(shown(workingDir, f)));
        new TreeSet<>(profiles).forEach(p -> b.append(" --profile ").append(p));
        return b.append(' ').append(verb).toString();
    }

    private static String shown(Path workingDir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = workingDir.toAbsolutePath().normalize();
        String text = abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
        return text.contains(" ") ? "'" + text + "'" : text;
    }
}
