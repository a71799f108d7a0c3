package dev.berth.engine;

import java.nio.file.Path;

/**
 * A volume backup or restore: the volume (its key in the compose file or its name), the {@code .tar.gz} file, and
 * {@code overwrite}: the caller asked and the user agreed to replace an existing file (backup) or to restore over
 * a volume that is not empty (restore). Without it nothing that exists is overwritten.
 */
public record VolumeCopyOptions(String volume, Path file, boolean overwrite) {}
