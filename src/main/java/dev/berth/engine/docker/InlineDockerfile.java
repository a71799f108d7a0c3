package dev.berth.engine.docker;

import com.github.dockerjava.core.GoLangFileMatch;
import dev.berth.engine.EngineException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code build.dockerfile_inline}: docker-java sends a context directory as it is, so the text joins it for the
 * length of the build under a random name, one that the context's .dockerignore does not exclude (docker-java
 * refuses an excluded Dockerfile). The docker CLI names a piped Dockerfile ".dockerfile.<random>" the same way.
 */
final class InlineDockerfile {
    private InlineDockerfile() {}

    static File write(File context, String text) {
        String random = HexFormat.of().formatHex(randomBytes());
        List<String> ignored = ignorePatterns(context.toPath());
        for (String name : List.of(".dockerfile." + random, "Dockerfile.inline-" + random, "inline-" + random)) {
            if (ignored.stream().noneMatch(p -> GoLangFileMatch.match(p, name))) {
                try {
                    Path file = context.toPath().resolve(name);
                    Files.writeString(file, text);
                    return file.toFile();
                } catch (IOException e) {
                    throw new EngineException(EngineException.Reason.BUILD_FAILED, "cannot write dockerfile_inline "
                            + "into the build context " + context + ": " + e.getMessage());
                }
            }
        }
        throw new EngineException(EngineException.Reason.BUILD_FAILED, "the .dockerignore of " + context
                + " excludes every name dockerfile_inline could be written under");
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    /** The exclusions of .dockerignore (re-inclusions with '!' left out: a name they cover may still be refused). */
    private static List<String> ignorePatterns(Path context) {
        Path file = context.resolve(".dockerignore");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!"))
                    .map(l -> l.replaceFirst("^/+", "")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
