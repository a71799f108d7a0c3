package dev.berth.engine;

import java.nio.file.Path;
import java.util.List;

/** What a backup or restore did: the volume's name, the file, how many entries and bytes, and what to know. */
public record VolumeCopy(String volumeName, Path file, long entries, long bytes, List<String> warnings) {
    public VolumeCopy {
        warnings = List.copyOf(warnings);
    }
}
