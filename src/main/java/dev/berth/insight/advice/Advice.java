package dev.berth.insight.advice;

import dev.berth.compose.load.LoadResult;
import dev.berth.compose.model.Build;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The course's advice checked on a loaded project: its compose files and the Dockerfiles its builds use. Findings are
 * sorted by file and line; they are advice, not errors, and never stop a command.
 */
public final class Advice {
    static final String DOCKERIGNORE = String.join("\n", ".git", ".env", "**/node_modules", "**/__pycache__",
            "**/*.log", ".venv", "") ;

    private Advice() {}

    public static List<Finding> of(LoadResult loaded) {
        return of(loaded, List.of());
    }

    /** The findings of the named services (all when none is named), their builds included. */
    public static List<Finding> of(LoadResult loaded, List<String> only) {
        Project project = loaded.project();
        Sources src = new Sources(loaded.sourceMap());
        List<Finding> out = new ArrayList<>();
        Set<Path> dockerfiles = new HashSet<>();
        for (Service s : new TreeMap<>(project.services()).values()) {
            if (!only.isEmpty() && !only.contains(s.name())) {
                continue;
            }
            ComposeChecks.check(project, s, src, out::add);
            ExposureChecks.check(project, s, src, out::add);
            if (s.build() != null) {
                build(s, src, dockerfiles, out);
            }
        }
        out.sort(null);
        return List.copyOf(out);
    }

    private static void build(Service s, Sources src, Set<Path> seen, List<Finding> out) {
        Build b = s.build();
        if (b.context() == null || b.context().contains("://") || b.dockerfileInline() != null) {
            return;
        }
        Path context = Path.of(b.context());
        Path dockerfile = context.resolve(b.dockerfile() == null ? "Dockerfile" : b.dockerfile()).normalize();
        if (!seen.add(dockerfile)) {
            return;
        }
        boolean ignored = Files.exists(context.resolve(".dockerignore"))
                || Files.exists(Path.of(dockerfile + ".dockerignore"));
        if (!ignored && Files.isDirectory(context)) {
            Path file = context.resolve(".dockerignore");
            out.add(new Finding(src.at("services." + s.name() + ".build"), "no-dockerignore", "the build context "
                    + context.getFileName() + " has no .dockerignore", "everything in the context is sent to the"
                    + " builder and may be copied into the image: .git, .env with its secrets, node_modules.",
                    new Fix(file, "create .dockerignore", "", DOCKERIGNORE)));
        }
        String text = src.text(dockerfile);
        if (text != null) {
            boolean userSet = s.user() != null && !s.user().equals("root") && !s.user().startsWith("0");
            DockerfileChecks.check(dockerfile, text, b.target(), userSet, out::add);
        }
    }
}
