package dev.berth.engine;

import dev.berth.compose.model.FileObject;
import dev.berth.compose.model.FileReference;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.Volume;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's volumes, secrets and configs as the reference sends them (its {@code buildContainerVolumes}): a bind
 * or named volume without the options only the mount API has goes through the bind strings, so the engine creates
 * a missing host directory as {@code create_host_path} says; everything else is a mount. One mount per target:
 * a later volume replaces an earlier one, and a secret or config never replaces a volume.
 */
final class MountRules {
    record Result(List<String> binds, List<ContainerSpec.MountSpec> mounts) {}

    private MountRules() {}

    static Result of(Project project, Service s) {
        Map<String, Object> byTarget = new LinkedHashMap<>();
        Object volumes = s.tree().get("volumes");
        if (volumes instanceof List<?> list) {
            for (Object o : list) {
                Tree v = Tree.of(o);
                byTarget.put(v.string("target"), entry(project, v));
            }
        } else {
            s.volumes().forEach(m -> byTarget.put(m.target(), new ContainerSpec.MountSpec(m.type(), volumeName(project,
                    m.type(), m.source()), m.target(), m.readOnly(), m.tmpfsSize())));
        }
        files(project.secrets(), s.secrets(), "secret", project, byTarget);
        files(project.configs(), s.configs(), "config", project, byTarget);
        List<String> binds = new ArrayList<>();
        List<ContainerSpec.MountSpec> mounts = new ArrayList<>();
        byTarget.values().forEach(e -> {
            if (e instanceof String bind) {
                binds.add(bind);
            } else {
                mounts.add((ContainerSpec.MountSpec) e);
            }
        });
        return new Result(binds, mounts);
    }

    /** A bind string, or a mount when the entry needs the mount API. */
    private static Object entry(Project project, Tree v) {
        String type = v.string("type");
        String source = v.string("source");
        boolean readOnly = Boolean.TRUE.equals(v.bool("read_only"));
        String access = readOnly ? "ro" : "rw";
        if ("bind".equals(type) && bindString(v)) {
            // The reference's toBindString: access, SELinux label, nocopy (which the engine refuses for a bind).
            String selinux = v.string("bind", "selinux");
            return source + ":" + v.string("target") + ":" + access + (selinux == null || selinux.isEmpty() ? "" : "," + selinux)
                    + (Boolean.TRUE.equals(v.bool("volume", "nocopy")) ? ",nocopy" : "");
        }
        if ("volume".equals(type) && source != null && !source.isEmpty() && project.volumes().containsKey(source)
                && !volumeNeedsMountApi(v)) {
            return project.volumes().get(source).name() + ":" + v.string("target") + ":" + access;
        }
        // A bind section, even empty, is sent as bind options (null when there is none), as the reference does.
        Boolean createHostPath = v.get("bind") instanceof Map<?, ?> ? Boolean.TRUE.equals(v.bool("bind", "create_host_path"))
                : null;
        ContainerSpec.MountOptions options = new ContainerSpec.MountOptions(v.string("bind", "propagation"),
                createHostPath, Boolean.TRUE.equals(v.bool("volume", "nocopy")),
                v.string("volume", "subpath"), v.stringMap("volume", "labels"), Tree.bytes(v.get("tmpfs", "mode")),
                v.string("consistency"));
        return new ContainerSpec.MountSpec(type, volumeName(project, type, source), v.string("target"), readOnly,
                Tree.bytes(v.get("tmpfs", "size")), options);
    }

    /** The reference's bindRequiresMountAPI, negated: no bind options, or only create_host_path true (and SELinux). */
    private static boolean bindString(Tree v) {
        if (!(v.get("bind") instanceof Map<?, ?>)) {
            return true;
        }
        String propagation = v.string("bind", "propagation");
        String recursive = v.string("bind", "recursive");
        return Boolean.TRUE.equals(v.bool("bind", "create_host_path")) && (propagation == null || propagation.isEmpty())
                && (recursive == null || recursive.isEmpty());
    }

    private static final ContainerSpec.MountOptions SECRET_BIND = new ContainerSpec.MountOptions(null, true, false,
            null, Map.of(), null, null);

    private static boolean volumeNeedsMountApi(Tree v) {
        String subpath = v.string("volume", "subpath");
        return !v.stringMap("volume", "labels").isEmpty() || (subpath != null && !subpath.isEmpty())
                || Boolean.TRUE.equals(v.bool("volume", "nocopy"));
    }

    private static String volumeName(Project project, String type, String source) {
        if (source == null || source.isEmpty()) {
            return null;
        }
        Volume declared = "volume".equals(type) ? project.volumes().get(source) : null;
        return declared == null ? source : declared.name();
    }

    /**
     * File-based secrets and configs are bind-mounted read-only, as the reference does without swarm; those from
     * the environment or inline content are copied in ({@link InjectedFiles}); external ones need swarm.
     */
    private static void files(Map<String, FileObject> declared, List<FileReference> refs, String kind, Project project,
                              Map<String, Object> byTarget) {
        for (FileReference ref : refs) {
            FileObject f = declared.get(ref.source());
            if (f != null && f.external()) {
                throw new EngineException(EngineException.Reason.INVALID, "unsupported external " + kind + " "
                        + f.name());
            }
            if (f == null || f.file() == null) {
                continue;
            }
            String target = InjectedFiles.target(kind, ref);
            Path file = project.workingDir() == null ? Path.of(f.file()) : project.workingDir().resolve(f.file());
            // The reference gives a secret's file a bind section (create_host_path) and a config's none.
            ContainerSpec.MountOptions options = "secret".equals(kind) ? SECRET_BIND : ContainerSpec.MountOptions.NONE;
            byTarget.putIfAbsent(target, new ContainerSpec.MountSpec("bind", file.toAbsolutePath().normalize().toString(),
                    target, true, null, options));
        }
    }
}
