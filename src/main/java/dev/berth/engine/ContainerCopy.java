package dev.berth.engine;

import dev.berth.engine.DockerGateway.PathStat;
import dev.berth.engine.EngineException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code cp} as the reference does it: the archive endpoint both ways, the source's root entry renamed so that the
 * destination ends up as the engine CLI's copy rules say (into an existing directory, or under the destination's
 * name; {@code SRC/.} copies a directory's contents).
 */
final class ContainerCopy {
    private final DockerGateway gateway;
    private final EventSink sink;

    ContainerCopy(DockerGateway gateway, EventSink sink) {
        this.gateway = gateway;
        this.sink = sink;
    }

    void copy(String projectName, CopyOptions o) {
        String[] src = split(o.source());
        String[] dst = split(o.destination());
        if (src[0] != null && dst[0] != null) {
            throw new EngineException(Reason.INVALID, "copying between services is not supported");
        }
        if (src[0] == null && dst[0] == null) {
            throw new EngineException(Reason.INVALID, "unknown copy direction");
        }
        boolean out = src[0] != null;
        String service = out ? src[0] : dst[0];
        List<ContainerState> targets = o.index() > 0
                ? List.of(ServiceContainers.one(gateway, projectName, service, o.index(), false, true))
                : ServiceContainers.of(gateway, projectName, service, 0, o.all(), true);
        if (targets.isEmpty()) {
            throw new EngineException(Reason.NOT_FOUND, "no container found for service \"" + service + "\"");
        }
        for (ContainerState c : out ? targets.subList(0, 1) : targets) {
            String what = out ? c.name() + ":" + src[1] + " to " + dst[1] : src[1] + " to " + c.name() + ":" + dst[1];
            sink.accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, c.name(), c.serviceName(),
                    EngineEvent.Phase.COPYING, "copy " + what, null));
            try {
                if (out) {
                    copyOut(c.id(), src[1], dst[1], o);
                } else {
                    copyIn(c.id(), src[1], dst[1], o);
                }
            } catch (IOException e) {
                throw new EngineException(Reason.ENGINE_ERROR, e.getMessage(), e);
            }
            sink.accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, c.name(), c.serviceName(),
                    EngineEvent.Phase.COPIED, "copy " + what, null));
        }
    }

    /** {@code [service, path]}; service null for a local path (absolute, no colon, or starting with a dot). */
    static String[] split(String arg) {
        int colon = arg.indexOf(':');
        if (arg.startsWith("/") || colon < 0 || arg.startsWith(".")) {
            return new String[] {null, arg};
        }
        return new String[] {arg.substring(0, colon), arg.substring(colon + 1)};
    }

    private void copyIn(String container, String source, String destination, CopyOptions o) throws IOException {
        PathStat dst = gateway.statPath(container, destination);
        String dstPath = destination;
        if (dst != null && dst.symlink()) {
            dstPath = dst.linkTarget().startsWith("/") ? dst.linkTarget() : parent(destination) + "/" + dst.linkTarget();
            dst = gateway.statPath(container, dstPath);
        }
        if (source.equals("-")) {
            if (dst == null || !dst.directory()) {
                throw new EngineException(Reason.INVALID, "destination \"" + container + ":" + destination
                        + "\" must be a directory");
            }
            gateway.extract(container, dstPath, o.stdin(), o.copyOwners());
            return;
        }
        Path local = o.workingDir().resolve(source);
        if (!Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
            throw new EngineException(Reason.NOT_FOUND, "lstat " + local.normalize() + ": no such file or directory");
        }
        boolean srcDir = o.followLink() ? Files.isDirectory(local) : Files.isDirectory(local, LinkOption.NOFOLLOW_LINKS);
        String root = contents(source) ? "." : local.normalize().getFileName().toString();
        String[] where = target(dst, dstPath, srcDir, root);
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        LocalArchive.pack(local.normalize(), where[1], o.followLink(), tar);
        gateway.extract(container, where[0], new java.io.ByteArrayInputStream(tar.toByteArray()), o.copyOwners());
    }

    private void copyOut(String container, String source, String destination, CopyOptions o) throws IOException {
        String srcPath = source;
        String rename = null;
        if (o.followLink()) {
            PathStat s = gateway.statPath(container, source);
            if (s != null && s.symlink()) {
                srcPath = s.linkTarget().startsWith("/") ? s.linkTarget() : parent(source) + "/" + s.linkTarget();
                rename = base(source);
            }
        }
        try (DockerGateway.Archive archive = gateway.archive(container, srcPath)) {
            if (destination.equals("-")) {
                archive.content().transferTo(o.stdout());
                o.stdout().flush();
                return;
            }
            Path local = o.workingDir().resolve(destination).normalize();
            boolean exists = Files.exists(local);
            PathStat dst = exists ? new PathStat(local.getFileName().toString(), 0, 0, Files.isDirectory(local), false,
                    "") : null;
            boolean srcDir = archive.stat() != null && archive.stat().directory();
            String root = rename != null ? rename : contents(source) ? "." : base(srcPath);
            String[] where = target(dst, destination.endsWith("/") && !exists ? destination : local.toString(),
                    srcDir, root);
            Path dir = o.workingDir().resolve(where[0]).normalize();
            if (!Files.isDirectory(dir)) {
                throw new EngineException(Reason.NOT_FOUND, "stat " + dir + ": no such file or directory");
            }
            LocalArchive.unpack(archive.content(), dir, where[1]);
        }
    }

    /**
     * Where to extract and under which root name ({@code PrepareArchiveCopy}): into an existing directory as is,
     * else into the destination's parent renamed to the destination's name.
     */
    private static String[] target(PathStat dst, String dstPath, boolean srcDir, String root) {
        if (dst != null && dst.directory()) {
            return new String[] {dstPath, root};
        }
        if (dst != null && srcDir) {
            throw new EngineException(Reason.INVALID, "cannot copy a directory to a file");
        }
        if (dst == null && !srcDir && (dstPath.endsWith("/") || dstPath.endsWith("/."))) {
            throw new EngineException(Reason.NOT_FOUND, "destination directory " + dstPath + " does not exist");
        }
        return new String[] {parent(dstPath), base(dstPath)};
    }

    private static boolean contents(String path) {
        return path.equals(".") || path.endsWith("/.");
    }

    private static String base(String path) {
        String p = path.replaceAll("/+$", "");
        int slash = p.lastIndexOf('/');
        return slash < 0 ? p : p.substring(slash + 1);
    }

    private static String parent(String path) {
        String p = path.replaceAll("/+$", "");
        int slash = p.lastIndexOf('/');
        return slash < 0 ? "." : slash == 0 ? "/" : p.substring(0, slash);
    }
}
