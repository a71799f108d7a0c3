package dev.berth.engine;

import java.util.List;

/**
 * A volume of the project as the volumes view shows it: its key in the compose file (null for one the engine has
 * with the project's label but the file no longer declares), its name on the engine, whether it exists there, its size
 * in bytes (null when the engine did not tell), which services mount it where, and which running containers use it.
 */
public record VolumeUsage(String key, String name, String driver, boolean exists, Long sizeBytes,
                          List<Mounted> mounts, List<String> runningContainers) {
    public VolumeUsage {
        mounts = List.copyOf(mounts);
        runningContainers = List.copyOf(runningContainers);
    }

    /** A service's mount of the volume: where, and whether read-only. */
    public record Mounted(String serviceName, String target, boolean readOnly) {}
}
