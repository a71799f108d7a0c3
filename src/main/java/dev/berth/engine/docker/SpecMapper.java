package dev.berth.engine.docker;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Capability;
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
import com.github.dockerjava.api.model.VolumesFrom;
import dev.berth.engine.ContainerSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Fills a docker-java create command from a {@link ContainerSpec}. */
final class SpecMapper {
    private SpecMapper() {}

    static void apply(ContainerSpec s, CreateContainerCmd cmd) {
        cmd.withName(s.name()).withImage(s.image()).withLabels(s.labels()).withEnv(s.environment());
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
        if (primary != null && s.networkMode() == null) {
            cmd.withAliases(primary.aliases());
            if (primary.ipv4Address() != null) {
                cmd.withIpv4Address(primary.ipv4Address());
            }
        }
        cmd.withHostConfig(hostConfig(s, primary));
    }

    private static HostConfig hostConfig(ContainerSpec s, ContainerSpec.Endpoint primary) {
        HostConfig h = HostConfig.newHostConfig()
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
        if (!s.capAdd().isEmpty()) {
            h.withCapAdd(s.capAdd().stream().map(c -> Capability.valueOf(c.replaceFirst("^CAP_", ""))).toArray(Capability[]::new));
        }
        if (!s.capDrop().isEmpty()) {
            h.withCapDrop(s.capDrop().stream().map(c -> Capability.valueOf(c.replaceFirst("^CAP_", ""))).toArray(Capability[]::new));
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
            h.withVolumesFrom(s.volumesFrom().stream().map(VolumesFrom::parse).toList());
        }
        return h;
    }

    private static List<ExposedPort> exposed(ContainerSpec s) {
        Set<ExposedPort> out = new LinkedHashSet<>();
        s.ports().forEach(p -> out.add(new ExposedPort(p.containerPort(), InternetProtocol.parse(p.protocol()))));
        s.exposedPorts().forEach(p -> out.add(ExposedPort.tcp(p)));
        return new ArrayList<>(out);
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
                        default -> MountType.VOLUME;
                    });
            if (m.source() != null && !m.type().equals("tmpfs")) {
                mount.withSource(m.source());
            }
            if (m.tmpfsSizeBytes() != null) {
                mount.withTmpfsOptions(new TmpfsOptions().withSizeBytes(m.tmpfsSizeBytes()));
            }
            out.add(mount);
        }
        return out;
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

    private static RestartPolicy restart(String policy, Integer retries) {
        return switch (policy) {
            case "always" -> RestartPolicy.alwaysRestart();
            case "unless-stopped" -> RestartPolicy.unlessStoppedRestart();
            case "on-failure" -> RestartPolicy.onFailureRestart(retries == null ? 0 : retries);
            default -> RestartPolicy.noRestart();
        };
    }

}
