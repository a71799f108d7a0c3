package dev.berth.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read for editing and written back keeps its bytes: line ends, byte order mark, permissions. */
class DiskTextTest {
    @TempDir
    Path dir;

    @Test
    void crlfAndAByteOrderMarkSurviveARoundTrip() throws Exception {
        Path f = dir.resolve("compose.yaml");
        byte[] original = "\uFEFFservices: # c\r\n  web:\r\n    image: x\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(f, original);
        DiskText read = DiskText.read(f);
        assertThat(read.text()).isEqualTo("services: # c\n  web:\n    image: x\n");
        AtomicSave.write(f, read.bytes());
        assertThat(Files.readAllBytes(f)).isEqualTo(original);
        AtomicSave.write(f, read.withText("services: {}\n").bytes());
        assertThat(Files.readAllBytes(f)).isEqualTo("\uFEFFservices: {}\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void saveKeepsPermissionsAndWritesThroughALink() throws Exception {
        Path real = dir.resolve("real.yaml");
        Files.writeString(real, "a: 1\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("compose.yaml"), real);
        AtomicSave.write(link, "a: 2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("a: 2\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r-----");
        try (var files = Files.list(dir)) {
            assertThat(files.count()).as("no temporary file left").isEqualTo(2);
        }
    }

    @Test
    void aMissingFileOpensEmpty() throws Exception {
        DiskText read = DiskText.read(dir.resolve(".env"));
        assertThat(read.exists()).isFalse();
        assertThat(read.text()).isEmpty();
    }
}
