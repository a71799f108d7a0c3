package dev.berth.engine.docker;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.BindOptions;
import com.github.dockerjava.api.model.BindPropagation;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.TmpfsOptions;
import com.github.dockerjava.api.model.Ulimit;
import com.github.dockerjava.api.model.VolumeOptions;
import com.github.dockerjava.api.model.VolumesFrom;
import dev.berth.engine.ContainerSpec;
import dev.berth.engine.EngineException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Fills a docker-java create command from a {@link ContainerSpec}. */
final class SpecMapper {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private SpecMapper() {}

    /** As sent to an engine before API 1.44: any MAC address is container-wide. */
    static void apply(ContainerSpec s, CreateContainerCmd cmd) {
        apply(s, cmd, MacAddresses.of(s, false));
    }

    static void apply(ContainerSpec s, CreateContainerCmd cmd, MacAddresses macs) {
        // The reference always asks to attach output (its create is shared with run).
        cmd.withName(s.name()).withImage(s.image()).withLabels(s.labels()).withEnv(s.environment())
                .withAttachStdout(true).withAttachStderr(true);
        if (s.extras().domainname() != null) {
            cmd.withDomainName(s.extras().domainname());
        }
        if (macs.container() != null) {
            cmd.withMacAddress(macs.container());
        }
        if (s.command() != null) {
            cmd.withCmd(s.command());
        }
        if (s.entrypoint() != null) {
            cmd.withEntrypoint(s.entrypoint());
        }
        if (s.user() != null) {
            cmd.withUser(s.user());
        }
        if (s.workingDir() != null) {
            cmd.withWorkingDir(s.workingDir());
        }
        if (s.hostname() != null) {
            cmd.withHostName(s.hostname());
        }
        // docker-java refuses null for these: set only what the service sets.
        if (s.tty() != null) {
            cmd.withTty(s.tty());
        }
        if (s.stdinOpen() != null) {
            cmd.withStdinOpen(s.stdinOpen());
            // A one-off fed our stdin (run -i): its input ends when ours does, as with docker run -i.
            if (s.stdinOpen() && "True".equals(s.labels().get(dev.berth.engine.Labels.ONE_OFF))) {
                cmd.withStdInOnce(true).withAttachStdin(true);
            }
        }
        if (s.stopSignal() != null) {
            cmd.withStopSignal(s.stopSignal());
        }
        if (s.stopGracePeriod() != null) {
            cmd.withStopTimeout((int) s.stopGracePeriod().toSeconds());
        }
        cmd.withExposedPorts(exposed(s));
        if (s.healthcheck() != null) {
            cmd.withHealthcheck(health(s.healthcheck()));
        }
        ContainerSpec.Endpoint primary = s.networks().isEmpty() ? null : s.networks().getFirst();
        if (primary != null && s.networkMode() == null && !PrimaryEndpoint.needsWhole(macs.primary())) {
            cmd.withAliases(primary.aliases());
            if (primary.ipv4Address() != null) {
                cmd.withIpv4Address(primary.ipv4Address());
            }
            if (primary.ipv6Address() != null) {
                cmd.withIpv6Address(primary.ipv6Address());
            }
        }
        cmd.withHostConfig(hostConfig(s, primary));
    }

    private static HostConfig hostConfig(ContainerSpec s, ContainerSpec.Endpoint primary) {
        HostConfig h = new WireHostConfig().withCapabilities(s.capAdd(), s.capDrop())
                .withNetworkMode(s.networkMode() != null ? s.networkMode() : primary != null ? primary.networkName() : null)
                .withPortBindings(bindings(s))
                .withMounts(mounts(s))
                .withInit(s.init())
                .withPrivileged(s.privileged())
                .withReadonlyRootfs(s.readOnly())
                .withMemory(s.memoryBytes())
                .withMemoryReservation(s.memoryReservationBytes())
                .withNanoCPUs(s.nanoCpus())
                .withPidsLimit(s.pidsLimit())
                .withShmSize(s.shmSizeBytes())
                .withIpcMode(s.ipc())
                .withPidMode(s.pid());
        if (!s.tmpfs().isEmpty()) {
            h.withTmpFs(s.tmpfs());
        }
        if (s.restartPolicy() != null) {
            h.withRestartPolicy(restart(s.restartPolicy(), s.restartRetries()));
        }
        if (!s.ulimits().isEmpty()) {
            h.withUlimits(s.ulimits().stream().map(u -> new Ulimit(u.name(), u.soft(), u.hard())).toList());
        }
        if (!s.extraHosts().isEmpty()) {
            h.withExtraHosts(s.extraHosts().toArray(String[]::new));
        }
        if (!s.dns().isEmpty()) {
            h.withDns(s.dns());
        }
        if (!s.sysctls().isEmpty()) {
            h.withSysctls(s.sysctls());
        }
        if (!s.securityOpt().isEmpty()) {
            h.withSecurityOpts(s.securityOpt());
        }
        if (!s.groupAdd().isEmpty()) {
            h.withGroupAdd(s.groupAdd());
        }
        if (!s.volumesFrom().isEmpty()) {
            h.withVolumesFrom(s.volumesFrom().stream().map(RawVolumesFrom::new).map(VolumesFrom.class::cast).toList());
        }
        ExtrasMapper.apply(s.extras(), h);
        return h;
    }

    private static List<ExposedPort> exposed(ContainerSpec s) {
        Set<ExposedPort> out = new LinkedHashSet<>();
        s.ports().forEach(p -> out.add(new ExposedPort(p.containerPort(), InternetProtocol.parse(p.protocol()))));
        s.exposedPorts().forEach(p -> out.add(new RawExposedPort(p)));
        return new ArrayList<>(out);
    }

    /** A volumes_from entry sent as written (docker-java would add ":rw", which the reference does not send). */
    private static final class RawVolumesFrom extends VolumesFrom {
        private final String text;

        RawVolumesFrom(String text) {
            super(text.split(":")[0]);
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** An expose entry sent as written (docker-java would add "/tcp"). */
    private static final class RawExposedPort extends ExposedPort {
        private final String text;

        RawExposedPort(String text) {
            super(Integer.parseInt(text.replaceAll("[^0-9].*", "").isEmpty() ? "0" : text.replaceAll("[^0-9].*", "")),
                    InternetProtocol.TCP);
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ExposedPort other && text.equals(other.toString());
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }

    private static Ports bindings(ContainerSpec s) {
        Ports ports = new Ports();
        for (ContainerSpec.Port p : s.ports()) {
            ExposedPort exposed = new ExposedPort(p.containerPort(), InternetProtocol.parse(p.protocol()));
            ports.bind(exposed, new Ports.Binding(p.hostIp(), p.hostPort()));
        }
        return ports;
    }

    private static List<Mount> mounts(ContainerSpec s) {
        List<Mount> out = new ArrayList<>();
        for (ContainerSpec.MountSpec m : s.mounts()) {
            Mount mount = new Mount().withTarget(m.target()).withReadOnly(m.readOnly())
                    .withType(switch (m.type()) {
                        case "bind" -> MountType.BIND;
                        case "tmpfs" -> MountType.TMPFS;
                        case "npipe" -> MountType.NPIPE;
                        case "volume" -> MountType.VOLUME;
                        default -> throw new EngineException(EngineException.Reason.INVALID, "volume with type="
                                + m.type() + " require Docker Engine v28 or later");
                    });
            if (m.source() != null && !m.type().equals("tmpfs")) {
                mount.withSource(m.source());
            }
            options(m, mount);
            out.add(mount);
        }
        return out;
    }

    private static void options(ContainerSpec.MountSpec m, Mount mount) {
        ContainerSpec.MountOptions o = m.options();
        if (m.tmpfsSizeBytes() != null || o.tmpfsMode() != null) {
            mount.withTmpfsOptions(new TmpfsOptions().withSizeBytes(m.tmpfsSizeBytes())
                    .withMode(o.tmpfsMode() == null ? null : o.tmpfsMode().intValue()));
        }
        boolean propagation = o.propagation() != null && !o.propagation().isEmpty();
        if (propagation || ("bind".equals(m.type()) && o.createHostPath() != null)) {
            mount.withBindOptions(propagation ? new BindOptions().withPropagation(BindPropagation.valueOf(
                    switch (o.propagation()) {
                        case "rprivate" -> "R_PRIVATE";
                        case "rshared" -> "R_SHARED";
                        case "rslave" -> "R_SLAVE";
                        default -> o.propagation().toUpperCase();
                    })) : new BindOptions());
        }
        if (o.noCopy() || !o.volumeLabels().isEmpty()) {
            mount.withVolumeOptions(new VolumeOptions().withNoCopy(o.noCopy() ? true : null)
                    .withLabels(o.volumeLabels().isEmpty() ? null : o.volumeLabels()));
        }
    }

    private static HealthCheck health(ContainerSpec.HealthSpec h) {
        // The engine wants nanoseconds (see PITFALLS.md); null leaves its default.
        return new HealthCheck().withTest(h.test()).withInterval(nanos(h.interval())).withTimeout(nanos(h.timeout()))
                .withRetries(h.retries()).withStartPeriod(nanos(h.startPeriod()))
                .withStartInterval(nanos(h.startInterval()));
    }

    private static Long nanos(Duration d) {
        return d == null ? null : d.toNanos();
    }

    /** The policy by the name the reference sends ("no" included: docker-java's noRestart() sends ""). */
    private static RestartPolicy restart(String policy, Integer retries) {
        return JSON.convertValue(java.util.Map.of("Name", policy, "MaximumRetryCount", retries == null ? 0 : retries),
                RestartPolicy.class);
    }

}
