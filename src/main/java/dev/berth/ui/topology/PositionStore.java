package dev.berth.ui.topology;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where the person dragged boxes, per project, in a small properties file under
 * {@code ~/.config/berth/positions/}. A project is known by the path of its first compose file.
 */
public final class PositionStore {
    private final Path directory;

    public PositionStore(Path directory) {
        this.directory = directory;
    }

    public static PositionStore inUserConfig() {
        return new PositionStore(Path.of(System.getProperty("user.home"), ".config", "berth", "positions"));
    }

    public Map<String, double[]> load(Path projectFile) {
        Map<String, double[]> out = new HashMap<>();
        Path file = fileFor(projectFile);
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return out;
        }
        for (String id : p.stringPropertyNames()) {
            String[] xy = p.getProperty(id).split(",");
            try {
                out.put(id, new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
            } catch (RuntimeException ignored) {
                // a hand-edited bad line only loses that box's position
            }
        }
        return out;
    }

    public void save(Path projectFile, Map<String, double[]> positions) {
        Map<String, String> sorted = new TreeMap<>();
        positions.forEach((id, xy) -> sorted.put(id, Math.round(xy[0]) + "," + Math.round(xy[1])));
        try {
            Files.createDirectories(directory);
            try (Writer w = Files.newBufferedWriter(fileFor(projectFile), StandardCharsets.UTF_8)) {
                w.write("# " + projectFile.toAbsolutePath().normalize() + "\n");
                for (var e : sorted.entrySet()) {
                    w.write(e.getKey() + "=" + e.getValue() + "\n");
                }
            }
        } catch (IOException e) {
            System.getLogger("berth.ui").log(System.Logger.Level.WARNING, "could not remember positions: " + e.getMessage());
        }
    }

    public void forget(Path projectFile) {
        try {
            Files.deleteIfExists(fileFor(projectFile));
        } catch (IOException ignored) {
            // nothing remembered is the same as nothing to forget
        }
    }

    Path fileFor(Path projectFile) {
        String key = projectFile.toAbsolutePath().normalize().toString();
        Path parent = projectFile.toAbsolutePath().normalize().getParent();
        String name = parent == null ? "root" : parent.getFileName().toString().replaceAll("[^A-Za-z0-9_.-]", "_");
        return directory.resolve(name + "-" + Integer.toHexString(key.hashCode()) + ".properties");
    }
}
