package dev.berth.insight.advice;

import dev.berth.compose.load.SourceMap;
import dev.berth.compose.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The source map of a loaded project and the texts of the files it points at, read once each. */
final class Sources {
    private final SourceMap map;
    private final Map<Path, String> texts = new HashMap<>();

    Sources(SourceMap map) {
        this.map = map;
    }

    Location at(String path) {
        return map == null ? null : map.find(path);
    }

    /**
     * Where {@code key} of a mapping that may have been written as a list of {@code KEY=value} items is: the key's own
     * location, else the item whose line holds {@code key=}, else the mapping's.
     */
    Location entry(String mapping, String key) {
        Location own = map == null ? null : map.find(mapping + "." + key);
        Location whole = at(mapping);
        if (own != null && !own.equals(whole)) {
            return own;
        }
        for (int i = 0; i < 10_000; i++) {
            Location item = at(mapping + "[" + i + "]");
            if (item == null || item.equals(whole)) {
                break;
            }
            String text = text(item.file());
            String[] lines = text == null ? new String[0] : text.split("\n", -1);
            if (item.line() <= lines.length && lines[item.line() - 1].contains(key + "=")) {
                return item;
            }
        }
        return whole;
    }

    /** The text of a file, or null when it cannot be read. */
    String text(Path file) {
        if (file == null) {
            return null;
        }
        return texts.computeIfAbsent(file, f -> {
            try {
                return Files.readString(f);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
    }

    /** A fix that edits the file at {@code location}, or null when the edit is null. */
    Fix fix(Location location, String title, java.util.function.UnaryOperator<String> edit) {
        String before = location == null ? null : text(location.file());
        String after = before == null ? null : edit.apply(before);
        return after == null || after.equals(before) ? null : new Fix(location.file(), title, before, after);
    }
}
