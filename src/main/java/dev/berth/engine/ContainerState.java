package dev.berth.engine;

import java.util.List;
import java.util.Map;

/**
 * A container as the engine reports it, tied to its compose service by labels.
 *
 * @param state    created, running, paused, restarting, removing, exited or dead
 * @param health   healthy, unhealthy, starting, or null without a healthcheck
 * @param exitCode set when exited
 * @param status   the engine's human text ("Up 3 seconds (healthy)")
 * @param mounts   what the engine's container list says is mounted (empty when read from an inspect)
 */
public record ContainerState(String id, String name, String serviceName, int number, boolean oneOff, String image,
                             String state, String health, Integer exitCode, String status, String command,
                             long createdEpochSeconds, List<PublishedPort> ports, List<String> networks,
                             Map<String, String> labels, List<Mount> mounts) {
    public ContainerState {
        ports = ports == null ? List.of() : List.copyOf(ports);
        networks = networks == null ? List.of() : List.copyOf(networks);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
    }

    public ContainerState(String id, String name, String serviceName, int number, boolean oneOff, String image,
                          String state, String health, Integer exitCode, String status, String command,
                          long createdEpochSeconds, List<PublishedPort> ports, List<String> networks,
                          Map<String, String> labels) {
        this(id, name, serviceName, number, oneOff, image, state, health, exitCode, status, command, createdEpochSeconds,
                ports, networks, labels, List.of());
    }

    public boolean running() {
        return "running".equals(state) || "restarting".equals(state) || "paused".equals(state);
    }

    public String configHash() {
        return labels.get(Labels.CONFIG_HASH);
    }

    public ContainerState withState(String newState, String newHealth, Integer newExitCode) {
        return new ContainerState(id, name, serviceName, number, oneOff, image, newState, newHealth, newExitCode,
                status, command, createdEpochSeconds, ports, networks, labels, mounts);
    }

    /** A volume (named, with its driver) or a bind mount (its source path only). */
    public record Mount(String name, String source, String driver) {}

    /** A published port; {@code hostPort} is 0 when the port is exposed but not published. */
    public record PublishedPort(String hostIp, int hostPort, int containerPort, String protocol) {
        /** As the engine's CLI prints it: {@code 0.0.0.0:8080->80/tcp}, {@code [::]:8080->80/tcp}, {@code 80/tcp}. */
        @Override
        public String toString() {
            if (hostPort == 0) {
                return containerPort + "/" + protocol;
            }
            String ip = hostIp == null || hostIp.isEmpty() ? "0.0.0.0" : hostIp.contains(":") ? "[" + hostIp + "]" : hostIp;
            return ip + ":" + hostPort + "->" + containerPort + "/" + protocol;
        }
    }
}
