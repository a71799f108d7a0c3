package dev.berth.compose.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes compose files into a temp directory and loads them as the CLI would. */
final class LoaderFixture {
    final Path dir;

    LoaderFixture(Path dir) {
        this.dir = dir;
    }

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    LoadOptions options(List<String> files, Map<String, String> env) {
        return new LoadOptions(files.stream().map(Path::of).toList(), dir, null, null, List.of(), List.of(), env, true,
                List.of());
    }

    LoadResult load(LoadOptions options) throws LoadException {
        return new ProjectLoader(new ByteArrayInputStream(new byte[0])).load(options);
    }

    LoadResult load(String... files) throws LoadException {
        return load(options(List.of(files), Map.of()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(LoadResult r, String name) {
        return (Map<String, Object>) ((Map<String, Object>) r.project().tree().get("services")).get(name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> services(LoadResult r) {
        return (Map<String, Object>) r.project().tree().get("services");
    }
}
