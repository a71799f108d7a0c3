package dev.berth.compose.load;

import dev.berth.compose.load.env.DotEnv;
import dev.berth.compose.model.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads .env files in order (later files win), interpolating with the outer environment first. */
final class EnvFiles {
    private EnvFiles() {}

    static Map<String, String> read(List<Path> files, Map<String, String> outer, SourceTexts texts)
            throws LoadException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path f : files) {
            try {
                String text = texts.read(f, SourceTexts.Kind.ENV);
                out.putAll(DotEnv.parse(text, k -> outer.containsKey(k) ? outer.get(k) : out.get(k)));
            } catch (DotEnv.DotEnvException e) {
                throw new LoadException(new Problem(new Location(f, e.line(), e.column()), "", "failed to read " + f + ": "
                        + e.getMessage(), null));
            } catch (IOException e) {
                throw new LoadException(new Problem(new Location(f, 0, 0), "", "couldn't read env file: " + f, null));
            }
        }
        return out;
    }

    /** The process environment plus the .env files; a variable set in the process wins. */
    static Map<String, String> environment(LoadOptions o, SourceTexts texts) throws LoadException {
        List<Path> files = Discovery.envFiles(o);
        boolean explicit = !o.envFiles().isEmpty();
        List<Path> existing = files.stream().filter(texts::isFile).toList();
        if (explicit && existing.size() < files.size()) {
            Path missing = files.stream().filter(f -> !texts.isFile(f)).findFirst().orElseThrow();
            throw new LoadException(new Problem(null, "", "couldn't find env file: " + missing, null));
        }
        Map<String, String> env = new LinkedHashMap<>(o.environment());
        read(existing, o.environment(), texts).forEach(env::putIfAbsent);
        return env;
    }
}
