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
 */
public record ContainerState(String id, String name, String serviceName, int number, boolean oneOff, String image,
                             String state, String health, Integer exitCode, String status, String command,
                             long createdEpochSeconds, List<PublishedPort> ports, List<String> networks,
                             Map<String, String> labels) {
    public ContainerState {
        ports = ports == null ? List.of() : List.copyOf(ports);
        networks = networks == null ? List.of() : List.copyOf(networks);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public boolean running() {
        return "running".equals(state) || "restarting".equals(state) || "paused".equals(state);
    }

    public String configHash() {
        return labels.get(Labels.CONFIG_HASH);
    }

    public ContainerState withState(String newState, String newHealth, Integer newExitCode) {
        return new ContainerState(id, name, serviceName, number, oneOff, image, newState, newHealth, newExitCode,
                status, command, createdEpochSeconds, ports, networks, labels);
    }

    /** A published port; {@code hostPort} is 0 when the port is exposed but not published. */
    public record PublishedPort(String hostIp, int hostPort, int containerPort, String protocol) {
        @Override
        public String toString() {
            if (hostPort == 0) {
                return containerPort + "/" + protocol;
            }
            return (hostIp == null || hostIp.isEmpty() ? "0.0.0.0" : hostIp) + ":" + hostPort + "->" + containerPort
                    + "/" + protocol;
        }
    }
}
