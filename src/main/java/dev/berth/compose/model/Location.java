package dev.berth.compose.model;

import java.nio.file.Path;

/** A place in a source file, 1-based as editors show it. */
public record Location(Path file, int line, int column) {
    @Override
    public String toString() {
        return (file == null ? "<input>" : file.getFileName()) + ":" + line + ":" + column;
    }
}
