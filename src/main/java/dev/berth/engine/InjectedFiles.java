package dev.berth.engine;

import dev.berth.compose.model.FileObject;
import dev.berth.compose.model.FileReference;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Secrets read from the environment, and configs from the environment or inline {@code content}: without swarm
 * nothing can mount them, so, like the reference, they are copied into the container before it starts, at
 * {@code /run/secrets/<name>} and {@code /<name>} by default, mode 0444 unless the service says otherwise.
 * File-based ones are bind mounts ({@link SpecBuilder}). Values never appear in a message.
 */
final class InjectedFiles {
    private static final int DEFAULT_MODE = 0444;

    private InjectedFiles() {}

    static List<DockerGateway.FileCopy> of(Project project, Service service) {
        List<DockerGateway.FileCopy> out = new ArrayList<>();
        collect(project, service, "secret", project.secrets(), service.secrets(), out);
        collect(project, service, "config", project.configs(), service.configs(), out);
        return out;
    }

    /** True when the service uses a secret or config that is copied in (its value is not needed to tell). */
    static boolean any(Project project, Service service) {
        return service.secrets().stream().map(r -> project.secrets().get(r.source()))
                .anyMatch(f -> f != null && f.environment() != null)
                || service.configs().stream().map(r -> project.configs().get(r.source()))
                .anyMatch(f -> f != null && (f.environment() != null || f.content() != null));
    }

    /** File-based ones are bind mounts, which keep the file's own owner and mode: the reference warns so. */
    static void ignoredOwnership(Project project, Service service, List<String> warnings) {
        ignored("secrets", project.secrets(), service.secrets(), warnings);
        ignored("config", project.configs(), service.configs(), warnings);
    }

    private static void ignored(String kind, Map<String, FileObject> declared, List<FileReference> refs,
                                List<String> warnings) {
        String warning = kind + " `uid`, `gid` and `mode` are not supported, they will be ignored";
        for (FileReference ref : refs) {
            FileObject f = declared.get(ref.source());
            boolean set = ref.uid() != null || ref.gid() != null || ref.mode() != null;
            if (f != null && f.file() != null && set && !warnings.contains(warning)) {
                warnings.add(warning);
            }
        }
    }

    /** Where a secret or config goes: its target, under the kind's base directory when relative. */
    static String target(String kind, FileReference ref) {
        String base = "secret".equals(kind) ? "/run/secrets/" : "/";
        if (ref.target() == null || ref.target().isEmpty()) {
            return base + ref.source();
        }
        return ref.target().startsWith("/") ? ref.target() : base + ref.target();
    }

    private static void collect(Project project, Service service, String kind, Map<String, FileObject> declared,
                                List<FileReference> refs, List<DockerGateway.FileCopy> out) {
        for (FileReference ref : refs) {
            FileObject f = declared.get(ref.source());
            String content = f == null ? null : content(project, kind, f);
            if (content == null || content.isEmpty()) {
                continue; // file-based, external (refused at create), or empty: nothing to copy
            }
            if (Boolean.TRUE.equals(service.tree().get("read_only"))) {
                throw new EngineException(EngineException.Reason.INVALID, "cannot create " + kind + " \""
                        + f.name() + "\" in read-only service " + service.name() + ": `file` is the sole supported option");
            }
            out.add(new DockerGateway.FileCopy(target(kind, ref), content.getBytes(StandardCharsets.UTF_8),
                    ref.mode() == null ? DEFAULT_MODE : ref.mode(), id(ref.uid()), id(ref.gid())));
        }
    }

    private static String content(Project project, String kind, FileObject f) {
        if (f.environment() != null && !f.environment().isEmpty()) {
            String value = project.environment().get(f.environment());
            if (value == null) {
                throw new EngineException(EngineException.Reason.INVALID, "environment variable \"" + f.environment()
                        + "\" required by " + kind + " \"" + f.name() + "\" is not set");
            }
            return value;
        }
        return "config".equals(kind) ? f.content() : null;
    }

    private static Integer id(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new EngineException(EngineException.Reason.INVALID, "invalid uid/gid \"" + value + "\"");
        }
    }
}
