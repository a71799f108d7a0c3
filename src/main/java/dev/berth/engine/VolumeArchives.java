package dev.berth.engine;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Volume;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Backup and restore of a volume through a container that is created with the volume mounted and never started:
 * the engine's archive calls read and write its files, so no image needs a shell or tar, and nothing runs.
 */
final class VolumeArchives {
    static final String MOUNT = "/volume";
    private final DockerGateway gateway;

    VolumeArchives(DockerGateway gateway) {
        this.gateway = gateway;
    }

    VolumeCopy backup(Project project, VolumeCopyOptions o) {
        Volume v = declared(project, o.volume());
        if (!o.overwrite() && Files.exists(o.file())) {
            throw new EngineException(EngineException.Reason.CONFLICT, o.file() + " exists: choose another file, or"
                    + " confirm to replace it (--force)");
        }
        if (gateway.volumeDetails(List.of()).stream().noneMatch(d -> d.name().equals(v.name()))) {
            throw new EngineException(EngineException.Reason.NOT_FOUND, "volume " + v.name() + " does not exist");
        }
        List<String> warnings = running(v.name()).stream().map(c -> c + " is running and may write to "
                + v.name() + " during the copy: stop it first for a consistent backup").toList();
        String helper = helper(project, v.name(), true);
        try (DockerGateway.Archive a = gateway.archive(helper, MOUNT)) {
            Path tmp = Files.createTempFile(o.file().toAbsolutePath().getParent(), ".berth-backup", ".part");
            TarRoot.Count count;
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                count = TarRoot.strip(a.content(), out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, o.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new VolumeCopy(v.name(), o.file(), count.entries(), count.bytes(), warnings);
        } catch (IOException e) {
            throw new EngineException(EngineException.Reason.ENGINE_ERROR, "backup of " + v.name() + " to "
                    + o.file() + ": " + e.getMessage(), e);
        } finally {
            gateway.remove(helper, false, true);
        }
    }

    VolumeCopy restore(Project project, VolumeCopyOptions o) {
        Volume v = declared(project, o.volume());
        if (!Files.isRegularFile(o.file())) {
            throw new EngineException(EngineException.Reason.NOT_FOUND, "no backup file " + o.file());
        }
        List<String> users = running(v.name());
        if (!users.isEmpty()) {
            throw new EngineException(EngineException.Reason.CONFLICT, String.join(", ", users)
                    + (users.size() == 1 ? " uses " : " use ")
                    + v.name() + ": stop them before restoring into it");
        }
        if (gateway.volumeDetails(List.of()).stream().noneMatch(d -> d.name().equals(v.name()))) {
            gateway.createVolume(ResourceSpec.volume(project, v.key(), v.name(),
                    OperationRunner.resourceLabels(project, Labels.VOLUME, v.key(), v.labels())));
        }
        String helper = helper(project, v.name(), false);
        try {
            long present = entries(helper);
            if (present > 0 && !o.overwrite()) {
                throw new EngineException(EngineException.Reason.CONFLICT, "volume " + v.name() + " is not empty ("
                        + present + " entries): confirm to restore over it (--force); files of the same name are"
                        + " replaced");
            }
            TarRoot.Count count;
            try (InputStream in = Files.newInputStream(o.file())) {
                count = TarRoot.count(new GZIPInputStream(in), "./");
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(o.file()))) {
                gateway.extract(helper, MOUNT, in, true);
            }
            return new VolumeCopy(v.name(), o.file(), count.entries(), count.bytes(), List.of());
        } catch (IOException e) {
            throw new EngineException(EngineException.Reason.INVALID, o.file() + " is not a .tar.gz: "
                    + e.getMessage(), e);
        } finally {
            gateway.remove(helper, false, true);
        }
    }

    /** Entries in the volume now, its root left out. */
    private long entries(String helper) throws IOException {
        try (DockerGateway.Archive a = gateway.archive(helper, MOUNT)) {
            return TarRoot.count(a.content(), MOUNT.substring(1) + "/").entries();
        }
    }

    /** The project's volume by key or name: Berth copies into and out of what its project declares, nothing else. */
    static Volume declared(Project project, String volume) {
        Volume byKey = project.volumes().get(volume);
        if (byKey != null) {
            return byKey;
        }
        return project.volumes().values().stream().filter(v -> v.name().equals(volume)).findFirst()
                .orElseThrow(() -> new EngineException(EngineException.Reason.NOT_FOUND, "no volume " + volume
                        + " in project " + project.name() + "; its volumes: " + String.join(", ",
                        project.volumes().keySet())));
    }

    private List<String> running(String volumeName) {
        return VolumeUsages.users(gateway.containers(List.of(), false), volumeName);
    }

    /** Creates (never starts) a container with the volume at {@link #MOUNT}, from an image the project has here. */
    private String helper(Project project, String volumeName, boolean readOnly) {
        String image = HelperImage.pick(gateway, project, volumeName);
        ContainerSpec spec = HelperImage.spec("berth-volume-" + UUID.randomUUID().toString().substring(0, 12), image,
                new ContainerSpec.MountSpec("volume", volumeName, MOUNT, readOnly, null),
                Map.of("dev.berth.helper", "volume-copy"));
        return gateway.create(spec);
    }
}
