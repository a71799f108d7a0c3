package dev.berth.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The engine's archive of a directory has its last name as the root of every entry ({@code volume/a}); a backup keeps
 * paths relative to the volume ({@code ./a}), as {@code tar -C dir .} writes them, so any tar tool can read it.
 */
final class TarRoot {
    record Count(long entries, long bytes) {}

    private TarRoot() {}

    static Count strip(InputStream tar, OutputStream out) throws IOException {
        long entries = 0;
        long bytes = 0;
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        TarArchiveOutputStream to = new TarArchiveOutputStream(out);
        to.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        to.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            String name = "./" + rest(e.getName());
            e.setName(name);
            if (e.isLink()) {
                e.setLinkName("./" + rest(e.getLinkName()));
            }
            to.putArchiveEntry(e);
            if (e.isFile()) {
                bytes += in.transferTo(to);
            }
            to.closeArchiveEntry();
            entries += name.equals("./") ? 0 : 1;
        }
        to.finish();
        return new Count(entries, bytes);
    }

    /** Entries and file bytes of a tar stream, its root directory ({@code root}, or {@code .}) left out. */
    static Count count(InputStream tar, String root) throws IOException {
        long entries = 0;
        long bytes = 0;
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            String n = e.getName();
            if (!n.equals(root) && !n.equals(".") && !n.equals("./")) {
                entries++;
                bytes += e.isFile() ? e.getSize() : 0;
            }
        }
        return new Count(entries, bytes);
    }

    /** The name without its first element ({@code volume/sub/b} → {@code sub/b}; {@code volume/} → empty). */
    static String rest(String name) {
        int slash = name.indexOf('/');
        return slash < 0 ? "" : name.substring(slash + 1);
    }
}
