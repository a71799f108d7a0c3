package dev.berth.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to create one container, in engine terms and nothing Docker-library specific. Built from a
 * service by {@link SpecBuilder}; the gateway turns it into one create call plus one connect per extra network.
 * {@code exposedPorts} are the {@code expose} entries as written ("5432", "8080/udp", "3000-3005").
 */
public record ContainerSpec(
        String name, String image, List<String> command, List<String> entrypoint, List<String> environment,
        Map<String, String> labels, String user, String workingDir, String hostname, Boolean tty, Boolean stdinOpen,
        List<Port> ports, List<String> exposedPorts, List<MountSpec> mounts, Map<String, String> tmpfs,
        String networkMode, List<Endpoint> networks, HealthSpec healthcheck, String restartPolicy,
        Integer restartRetries, Boolean init, String stopSignal, Duration stopGracePeriod, List<String> capAdd,
        List<String> capDrop, List<Ulimit> ulimits, Long memoryBytes, Long memoryReservationBytes, Long nanoCpus,
        Long pidsLimit, Boolean privileged, Boolean readOnly, List<String> extraHosts, List<String> dns,
        Map<String, String> sysctls, List<String> securityOpt, Long shmSizeBytes, List<String> groupAdd,
        List<String> volumesFrom, String ipc, String pid, Extras extras) {

    /**
     * The settings fewer services use, each as the reference sends it. {@code binds} are the short-form bind and
     * named-volume mounts ({@code source:target:options}), for which the engine creates a missing host directory;
     * {@code links} are {@code container:alias}.
     */
    public record Extras(List<String> binds, String logDriver, Map<String, String> logOptions, List<Device> devices,
                         String cgroupParent, List<String> links, List<String> dnsSearch, List<String> dnsOptions,
                         String domainname, String macAddress, String usernsMode, String utsMode, Integer oomScoreAdj,
                         Boolean oomKillDisable, List<String> deviceCgroupRules, Map<String, String> annotations,
                         String isolation, String runtime, Cpu cpu, Long memorySwap, Long memorySwappiness,
                         Blkio blkio, Map<String, String> storageOpt, String cgroupnsMode, String volumeDriver,
                         boolean unconfinedPaths, List<DeviceRequest> deviceRequests) {
        public static final Extras NONE = new Extras(List.of(), null, Map.of(), List.of(), null, List.of(), List.of(),
                List.of(), null, null, null, null, null, null, List.of(), Map.of(), null, null, Cpu.NONE, null, null,
                Blkio.NONE, Map.of(), null, null, false, List.of());
    }

    /** A device reservation or a gpus entry: count -1 is every device; empty lists and maps are not sent. */
    public record DeviceRequest(String driver, int count, List<String> deviceIds, List<String> capabilities,
                                Map<String, String> options) {}

    public record Device(String pathOnHost, String pathInContainer, String permissions) {}

    public record Cpu(Integer shares, Long quota, Long period, String cpuset, Long realtimePeriod,
                      Long realtimeRuntime, Long count, Long percent) {
        public static final Cpu NONE = new Cpu(null, null, null, null, null, null, null, null);
    }

    /** Block-IO limits; each device entry is a path and a rate or weight. */
    public record Blkio(Integer weight, List<Rate> weightDevice, List<Rate> readBps, List<Rate> readIops,
                        List<Rate> writeBps, List<Rate> writeIops) {
        public static final Blkio NONE = new Blkio(null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public record Rate(String path, long value) {}

    /** A published port; {@code hostPort} null lets the engine choose. */
    public record Port(int containerPort, String protocol, String hostIp, String hostPort) {}

    /** type is bind, volume or tmpfs; {@code source} is an absolute host path, a volume name, or null (anonymous). */
    public record MountSpec(String type, String source, String target, boolean readOnly, Long tmpfsSizeBytes,
                            MountOptions options) {
        public MountSpec(String type, String source, String target, boolean readOnly, Long tmpfsSizeBytes) {
            this(type, source, target, readOnly, tmpfsSizeBytes, MountOptions.NONE);
        }
    }

    /** The long syntax's options the mount API takes; null leaves the engine's default. */
    public record MountOptions(String propagation, Boolean createHostPath, boolean noCopy, String subpath,
                               Map<String, String> volumeLabels, Long tmpfsMode, String consistency) {
        public static final MountOptions NONE = new MountOptions(null, null, false, null, Map.of(), null, null);
    }

    /** One network attachment with the service's aliases. */
    public record Endpoint(String networkName, List<String> aliases, String ipv4Address, String ipv6Address,
                           String macAddress, List<String> linkLocalIps) {
        public Endpoint(String networkName, List<String> aliases, String ipv4Address, String ipv6Address) {
            this(networkName, aliases, ipv4Address, ipv6Address, null, List.of());
        }
    }

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
