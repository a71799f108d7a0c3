package dev.berth.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to create one container, in engine terms and nothing Docker-library specific. Built from a
 * service by {@link SpecBuilder}; the gateway turns it into one create call plus one connect per extra network.
 */
public record ContainerSpec(
        String name, String image, List<String> command, List<String> entrypoint, List<String> environment,
        Map<String, String> labels, String user, String workingDir, String hostname, Boolean tty, Boolean stdinOpen,
        List<Port> ports, List<Integer> exposedPorts, List<MountSpec> mounts, Map<String, String> tmpfs,
        String networkMode, List<Endpoint> networks, HealthSpec healthcheck, String restartPolicy,
        Integer restartRetries, Boolean init, String stopSignal, Duration stopGracePeriod, List<String> capAdd,
        List<String> capDrop, List<Ulimit> ulimits, Long memoryBytes, Long memoryReservationBytes, Long nanoCpus,
        Long pidsLimit, Boolean privileged, Boolean readOnly, List<String> extraHosts, List<String> dns,
        Map<String, String> sysctls, List<String> securityOpt, Long shmSizeBytes, List<String> groupAdd,
        List<String> volumesFrom, String ipc, String pid) {

    /** A published port; {@code hostPort} null lets the engine choose. */
    public record Port(int containerPort, String protocol, String hostIp, String hostPort) {}

    /** type is bind, volume or tmpfs; {@code source} is an absolute host path, a volume name, or null (anonymous). */
    public record MountSpec(String type, String source, String target, boolean readOnly, Long tmpfsSizeBytes) {}

    /** One network attachment with the service's aliases. */
    public record Endpoint(String networkName, List<String> aliases, String ipv4Address, String ipv6Address) {}

    /** Healthcheck with durations as given (the gateway converts to the engine's nanoseconds). */
    public record HealthSpec(List<String> test, Duration interval, Duration timeout, Integer retries,
                             Duration startPeriod, Duration startInterval) {}

    public record Ulimit(String name, long soft, long hard) {}

    /** The published host ports, for reporting a port already taken. */
    public List<Integer> fixedHostPorts() {
        return ports.stream().filter(p -> p.hostPort() != null && p.hostPort().matches("\\d+"))
                .map(p -> Integer.parseInt(p.hostPort())).toList();
    }
}
