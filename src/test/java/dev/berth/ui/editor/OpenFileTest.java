package dev.berth.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens to typing when the file changes on disk: taken when nothing was typed, else offered. */
class OpenFileTest {
    @TempDir
    Path dir;

    private OpenFile open(String text) throws Exception {
        Path f = dir.resolve("compose.yaml");
        Files.writeString(f, text);
        return new OpenFile(f, OpenFile.Kind.COMPOSE, DiskText.read(f));
    }

    @Test
    void aCleanFileTakesTheNewTextSilently() throws Exception {
        OpenFile f = open("a: 1\n");
        f.seen(new DiskText("a: 2\n", false, false, true));
        assertThat(f.textProperty().get()).isEqualTo("a: 2\n");
        assertThat(f.offeredProperty().get()).isNull();
        assertThat(f.dirtyProperty().get()).isFalse();
    }

    @Test
    void typingIsKeptAndTheNewTextOfferedUntilChosen() throws Exception {
        OpenFile f = open("a: 1\n");
        f.edit("a: 1\nb: 2\n");
        f.seen(new DiskText("a: 3\n", false, false, true));
        assertThat(f.textProperty().get()).isEqualTo("a: 1\nb: 2\n");
        assertThat(f.offeredProperty().get().text()).isEqualTo("a: 3\n");
        f.keepMine();
        assertThat(f.offeredProperty().get()).isNull();
        assertThat(f.dirtyProperty().get()).isTrue();
        f.seen(new DiskText("a: 3\n", false, false, true));
        assertThat(f.offeredProperty().get()).as("the same newer text is not offered twice").isNull();
        f.seen(new DiskText("a: 4\n", false, false, true));
        f.takeOffered();
        assertThat(f.textProperty().get()).isEqualTo("a: 4\n");
        assertThat(f.dirtyProperty().get()).isFalse();
    }

    @Test
    void ourOwnSaveIsNotAChange() throws Exception {
        OpenFile f = open("a: 1\n");
        f.edit("a: 5\n");
        f.save();
        f.seen(DiskText.read(f.file()));
        assertThat(f.offeredProperty().get()).isNull();
        assertThat(Files.readString(f.file())).isEqualTo("a: 5\n");
    }
}
