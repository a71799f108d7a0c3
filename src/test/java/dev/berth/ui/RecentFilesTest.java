package dev.berth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    @Test
    void newestFirstWithoutDuplicatesAndBounded() throws Exception {
        Preferences prefs = Preferences.userRoot().node("dev/berth/ui-test/recent-" + System.nanoTime());
        try {
            RecentFiles recent = new RecentFiles(prefs);
            for (int i = 0; i < 10; i++) {
                recent.add(List.of(Path.of("/p" + i + "/compose.yaml")));
            }
            recent.add(List.of(Path.of("/p3/compose.yaml"), Path.of("/p3/compose.override.yaml")));
            recent.add(List.of(Path.of("/p5/compose.yaml")));
            List<List<Path>> list = recent.list();
            assertThat(list).hasSize(RecentFiles.LIMIT);
            assertThat(list.get(0)).containsExactly(Path.of("/p5/compose.yaml"));
            assertThat(list.get(1)).containsExactly(Path.of("/p3/compose.yaml"), Path.of("/p3/compose.override.yaml"));
            assertThat(list.stream().filter(l -> l.equals(List.of(Path.of("/p5/compose.yaml"))))).hasSize(1);
        } finally {
            prefs.removeNode();
        }
    }

    @Test
    void startsOnTheSampleWhenNoFileIsGiven() {
        Path root = Path.of("").toAbsolutePath();
        assertThat(StartFiles.choose(List.of(), root.resolve("src/main"))).containsExactly(root.resolve("compose-samples/webapp/compose.yaml"));
        assertThat(StartFiles.choose(List.of("x.yaml"), root)).containsExactly(root.resolve("x.yaml"));
    }
}
