package dev.berth.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Per config hash, the attribute fingerprints of {@link ServiceHash#configJson}, so a recreate can name the
 * attributes that changed. Kept in a local directory, not in a container label: what Berth creates inspects the
 * same as what the reference creates (docs/decisions/0016-engine-fidelity.md). A hash names its content, so entries
 * never go stale; a missing one (another machine, the reference made the container) only makes the cause
 * "config changed".
 */
final class ConfigFingerprints {
    private final Path dir;

    ConfigFingerprints(Path dir) {
        this.dir = dir;
    }

    static ConfigFingerprints standard() {
        return new ConfigFingerprints(Path.of(System.getProperty("user.home"), ".cache", "berth", "config-paths"));
    }

    void remember(String hash, String fingerprints) {
        if (!hash.matches("[0-9a-f]{64}")) {
            return;
        }
        Path file = dir.resolve(hash);
        try {
            if (Files.exists(file)) {
                return;
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, hash, ".tmp");
            Files.writeString(tmp, fingerprints, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException e) {
            // Only the wording of a recreate cause depends on it.
        }
    }

    /** The fingerprints recorded for {@code hash}, or null. */
    String recall(String hash) {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            return null;
        }
        try {
            Path file = dir.resolve(hash);
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
