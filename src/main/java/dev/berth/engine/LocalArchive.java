package dev.berth.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Tar streams of local files for {@code cp}: a path packed under a root name of our choice, and a stream unpacked
 * into a directory with its root entry renamed, as the engine CLI's archive package does. Owners are written
 * (the engine keeps them with {@code -a}) but never restored locally.
 */
final class LocalArchive {
    private static final PosixFilePermission[] BITS = {PosixFilePermission.OTHERS_EXECUTE,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};

    private LocalArchive() {}

    /** Packs {@code source} (a directory with everything under it) as entries named {@code root} and below. */
    static void pack(Path source, String root, boolean followTop, OutputStream out) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            Path top = followTop ? source.toRealPath() : source;
            List<Path> all;
            try (Stream<Path> walk = Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS) ? Files.walk(top) : Stream.of(top)) {
                all = walk.sorted().toList();
            }
            for (Path p : all) {
                String rel = top.relativize(p).toString();
                String name = rel.isEmpty() ? root : root + "/" + rel;
                entry(tar, p, name);
            }
        }
    }

    private static void entry(TarArchiveOutputStream tar, Path p, String name) throws IOException {
        boolean link = Files.isSymbolicLink(p);
        boolean dir = !link && Files.isDirectory(p);
        TarArchiveEntry e = link ? new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK)
                : new TarArchiveEntry(dir ? name + "/" : name);
        if (link) {
            e.setLinkName(Files.readSymbolicLink(p).toString());
        }
        e.setMode((dir ? 040000 : link ? 0120000 : 0100000) | mode(p));
        e.setModTime(Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis());
        e.setUserId(((Number) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue());
        e.setGroupId(((Number) Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS)).longValue());
        if (!dir && !link) {
            e.setSize(Files.size(p));
        }
        tar.putArchiveEntry(e);
        if (!dir && !link) {
            Files.copy(p, tar);
        }
        tar.closeArchiveEntry();
    }

    private static int mode(Path p) throws IOException {
        if (Files.isSymbolicLink(p)) {
            return 0777;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        int mode = 0;
        for (int i = 0; i < BITS.length; i++) {
            mode |= perms.contains(BITS[i]) ? 1 << i : 0;
        }
        return mode;
    }

    /**
     * Unpacks into {@code dir}, the root name (the first entry's first element) replaced by {@code toRoot}
     * (null: kept). Entries that would land outside {@code dir} are refused.
     */
    static void unpack(InputStream in, Path dir, String toRoot) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        String fromRoot = null;
        for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
            if (fromRoot == null) {
                fromRoot = e.getName().split("/", 2)[0];
            }
            String name = rebased(e.getName(), fromRoot, toRoot);
            Path target = dir.resolve(name).normalize();
            if (!target.startsWith(dir)) {
                throw new IOException("archive entry " + e.getName() + " points outside " + dir);
            }
            if (e.isDirectory()) {
                Files.createDirectories(target);
            } else if (e.isSymbolicLink()) {
                Files.deleteIfExists(target);
                Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                continue;
            } else if (e.isFile()) {
                Files.createDirectories(target.getParent());
                Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                continue; // devices, fifos, hard links: not written locally
            }
            Files.setPosixFilePermissions(target, permissions(e.getMode()));
            Files.setLastModifiedTime(target, FileTime.fromMillis(e.getModTime().getTime()));
        }
    }

    private static String rebased(String name, String fromRoot, String toRoot) {
        String n = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (toRoot == null || fromRoot == null) {
            return n;
        }
        if (n.equals(fromRoot)) {
            return toRoot;
        }
        return n.startsWith(fromRoot + "/") ? toRoot + n.substring(fromRoot.length()) : n;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < BITS.length; i++) {
            if ((mode & (1 << i)) != 0) {
                out.add(BITS[i]);
            }
        }
        return out;
    }
}
