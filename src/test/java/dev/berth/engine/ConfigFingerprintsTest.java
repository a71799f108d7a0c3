package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFingerprintsTest {
    private static final String HASH = "a".repeat(64);

    @TempDir
    Path dir;

    @Test
    void recallsWhatWasRememberedForAHashAndNothingForAnother() {
        ConfigFingerprints store = new ConfigFingerprints(dir.resolve("paths"));
        store.remember(HASH, "environment.A=123\n");

        assertThat(store.recall(HASH)).isEqualTo("environment.A=123\n");
        assertThat(store.recall("b".repeat(64))).isNull();
    }

    @Test
    void refusesNamesThatAreNotHashes() {
        ConfigFingerprints store = new ConfigFingerprints(dir);
        store.remember("../escape", "x");

        assertThat(store.recall("../escape")).isNull();
        assertThat(dir.getParent().resolve("escape")).doesNotExist();
    }
}
