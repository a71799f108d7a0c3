package dev.berth.engine;

import dev.berth.compose.model.Project;
import java.util.List;

/** The facade's calls about a project's volumes: what they hold and who uses them, backup and restore. */
public interface VolumeTools {

    /** The project's volumes (declared, or labelled with its name on the engine), by name. */
    List<VolumeUsage> volumeUsage(Project project);

    /**
     * Writes the volume's files to a {@code .tar.gz} (entries relative to the volume's root). Refuses an existing
     * file unless {@code overwrite}; running containers that use the volume are named in the result's warnings (the
     * copy may catch them mid-write).
     */
    VolumeCopy backupVolume(Project project, VolumeCopyOptions options);

    /**
     * Unpacks a {@code .tar.gz} into the volume, creating it (with the project's labels) when missing. Refuses while
     * a running container uses it, and when it is not empty unless {@code overwrite}.
     */
    VolumeCopy restoreVolume(Project project, VolumeCopyOptions options);
}
