package dev.berth.insight.advice;

import dev.berth.compose.model.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a service's build is made of: the stages of its Dockerfile (the one its {@code target} builds marked), the
 * size of its context directory (before .dockerignore exclusions) and whether a .dockerignore is there.
 */
public record BuildFacts(List<String> stages, long contextBytes, boolean dockerignore) {

    /** Null when the build has no local context or Dockerfile to read. */
    public static BuildFacts of(Build b) {
        if (b == null || b.context() == null || b.context().contains("://")) {
            return null;
        }
        Path context = Path.of(b.context());
        Path dockerfile = context.resolve(b.dockerfile() == null ? "Dockerfile" : b.dockerfile());
        try {
            String text = b.dockerfileInline() != null ? b.dockerfileInline() : Files.readString(dockerfile);
            Dockerfile df = Dockerfile.parse(text);
            Dockerfile.Stage built = df.finalStage(b.target());
            List<String> stages = df.stages().stream().map(s -> (s == built ? "▶ " : "  ")
                    + (s.name() == null ? "(unnamed)" : s.name()) + " FROM " + s.image() + ", line "
                    + s.from().line()).toList();
            boolean ignore = Files.exists(context.resolve(".dockerignore"))
                    || Files.exists(Path.of(dockerfile + ".dockerignore"));
            return new BuildFacts(stages, size(context), ignore);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
