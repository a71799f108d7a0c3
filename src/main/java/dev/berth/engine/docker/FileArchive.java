package dev.berth.engine.docker;

import dev.berth.engine.DockerGateway.FileCopy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** The tar stream the engine's archive endpoint takes: one entry per file, paths relative to the root. */
final class FileArchive {
    private FileArchive() {}

    static byte[] tar(List<FileCopy> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (FileCopy f : files) {
                TarArchiveEntry entry = new TarArchiveEntry(f.path().replaceFirst("^/+", ""));
                entry.setSize(f.content().length);
                entry.setMode(f.mode());
                entry.setModTime(new Date());
                entry.setUserId(f.uid() == null ? 0 : f.uid());
                entry.setGroupId(f.gid() == null ? 0 : f.gid());
                tar.putArchiveEntry(entry);
                tar.write(f.content());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
