package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.compose.model.Project;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A volume backed up, removed and restored has the same files; nothing is overwritten without being asked. */
class VolumeBackupIT {
    @TempDir Path dir;

    private static final String PROJECT = """
            {"name": "NAME", "services": {"app": {"image": "berth/busybox:latest", "init": true,
              "command": ["sh", "-c", "echo hello > /data/a; mkdir -p /data/sub; echo deep > /data/sub/b; chown 1234 /data/sub/b; touch /data/ready; exec sleep 300"],
              "volumes": [{"type": "volume", "source": "data", "target": "/data"}]}},
             "volumes": {"data": {"name": "NAME_data"}}}
            """;

    @Test
    void aVolumeBackedUpRemovedAndRestoredHasTheSameFiles() throws Exception {
        try (DockerFixture fx = new DockerFixture()) {
            String name = fx.project("volbackup");
            Project project = Projects.fromJson(PROJECT, name, dir);
            fx.engine.up(project, UpOptions.defaults(), fx.sink);
            Path first = dir.resolve("first.tar.gz");
            DockerFixture.eventually(() -> copy(fx, project, first, true).entries() == 4, Duration.ofSeconds(20));
            assertThat(copy(fx, project, first, true).warnings()).singleElement().asString().contains("is running");
            assertThatThrownBy(() -> copy(fx, project, first, false)).hasMessageContaining("exists");
            assertThatThrownBy(() -> fx.engine.restoreVolume(project, new VolumeCopyOptions("data", first, true)))
                    .hasMessageContaining("uses " + name + "_data");

            fx.engine.down(name, project, new DownOptions(true, false, null, 0), fx.sink);
            assertThat(fx.engine.volumeUsage(project)).singleElement().satisfies(v -> assertThat(v.exists()).isFalse());
            VolumeCopy restored = fx.engine.restoreVolume(project, new VolumeCopyOptions("data", first, false));
            assertThat(restored.entries()).isEqualTo(4);

            Path second = dir.resolve("second.tar.gz");
            copy(fx, project, second, false);
            assertThat(files(second)).isEqualTo(files(first)).containsEntry("./a", "hello\n 0")
                    .containsEntry("./sub/b", "deep\n 1234");
            assertThatThrownBy(() -> fx.engine.restoreVolume(project, new VolumeCopyOptions("data", first, false)))
                    .hasMessageContaining("is not empty (4 entries)");
            assertThat(fx.gateway.volumes()).filteredOn(v -> v.name().equals(name + "_data")).singleElement()
                    .satisfies(v -> assertThat(v.labels()).containsEntry(Labels.PROJECT, name));
        }
    }

    private static VolumeCopy copy(DockerFixture fx, Project project, Path file, boolean overwrite) {
        return fx.engine.backupVolume(project, new VolumeCopyOptions("data", file, overwrite));
    }

    /** Each entry's name → its content (files) and owner. */
    private static Map<String, String> files(Path tarGz) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarGz));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                String body = e.isFile() ? new String(tar.readAllBytes(), StandardCharsets.UTF_8) : "";
                out.put(e.getName(), body + " " + e.getLongUserId());
            }
        }
        return out;
    }
}
