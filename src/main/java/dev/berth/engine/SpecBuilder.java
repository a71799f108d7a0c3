package dev.berth.engine;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.FileObject;
import dev.berth.compose.model.FileReference;
import dev.berth.compose.model.Healthcheck;
import dev.berth.compose.model.Mount;
import dev.berth.compose.model.Network;
import dev.berth.compose.model.PortMapping;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.ServiceNetwork;
import dev.berth.compose.model.Volume;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turns a service into the {@link ContainerSpec} of its container number {@code n}. Pure: no engine calls. */
public final class SpecBuilder {
    private SpecBuilder() {}

    public static ContainerSpec build(Project project, Service s, int number, String containerName) {
        return build(project, s, number, containerName, null);
    }

    /** {@code imageId} goes into the image label the reference compares to decide a recreate; null when unknown. */
    public static ContainerSpec build(Project project, Service s, int number, String containerName, String imageId) {
        Tree t = new Tree(s.tree());
        MountRules.Result volumes = MountRules.of(project, s);
        List<ContainerSpec.Endpoint> endpoints = endpoints(project, s, containerName, true);
        ContainerSpec.Extras extras = ExtrasBuilder.build(project, s, number, volumes.binds(), macAddress(t));
        return new ContainerSpec(containerName, s.imageName(project.name()), s.command(), s.entrypoint(),
                environment(s), labels(project, s, number, imageId), s.user(), s.workingDir(), t.string("hostname"),
                t.bool("tty"), t.bool("stdin_open"), ports(s), exposed(t), volumes.mounts(), tmpfs(t),
                networkMode(project, s), endpoints, health(s.healthcheck()), Resources.restartName(t, s.restart()),
                Resources.restartRetries(t, s.restart()), s.init(), s.stopSignal(), s.stopGracePeriod(),
                t.strings("cap_add"), t.strings("cap_drop"), ulimits(t), Resources.memory(t),
                Resources.memoryReservation(t), Resources.nanoCpus(t), Resources.pids(t), t.bool("privileged"),
                t.bool("read_only"), extraHosts(t), t.strings("dns"), t.stringMap("sysctls"),
                t.strings("security_opt").stream().filter(o -> !o.equals("systempaths=unconfined")).toList(),
                Tree.bytes(t.get("shm_size")), t.strings("group_add"), volumesFrom(project, s),
                serviceMode(project, t.string("ipc")), serviceMode(project, t.string("pid")), extras);
    }

    /**
     * The service's own MAC address is the container's; a network's is sent with that network's endpoint, which
     * engines before API 1.44 refuse (the gateway says so, as the reference does).
     */
    private static String macAddress(Tree t) {
        String own = t.string("mac_address");
        return own == null || own.isEmpty() ? null : own;
    }

    /**
     * {@code host:address}, one entry per address: the form every engine API version takes (the reference's
     * {@code AsList(":")}); the canonical model writes {@code host=address}.
     */
    private static List<String> extraHosts(Tree t) {
        List<String> out = new ArrayList<>();
        if (t.get("extra_hosts") instanceof Map<?, ?> map) {
            map.forEach((host, v) -> (v instanceof List<?> l ? l : List.of(String.valueOf(v)))
                    .forEach(ip -> out.add(host + ":" + ip)));
            return out;
        }
        for (String entry : t.strings("extra_hosts")) {
            int eq = entry.indexOf('=');
            out.add(eq < 0 ? entry : entry.substring(0, eq) + ":" + entry.substring(eq + 1));
        }
        return out;
    }

    /** The name Compose gives container {@code n}: container_name, or {@code <project>-<service>-<n>}. */
    public static String containerName(Project project, Service s, int number) {
        return s.containerName() != null ? s.containerName() : project.name() + "-" + s.name() + "-" + number;
    }

    static Map<String, String> labels(Project project, Service s, int number, String imageId) {
        Map<String, String> out = new TreeMap<>(s.labels());
        out.put(Labels.PROJECT, project.name());
        out.put(Labels.SERVICE, s.name());
        out.put(Labels.NUMBER, String.valueOf(number));
        out.put(Labels.ONE_OFF, "False");
        out.put(Labels.CONFIG_HASH, ServiceHash.of(s));
        out.put(Labels.DEPENDS_ON, dependsOnLabel(s));
        if (imageId != null) {
            out.put(Labels.IMAGE, imageId);
        }
        out.put(Labels.VERSION, Labels.COMPOSE_VERSION);
        if (project.workingDir() != null) {
            out.put(Labels.WORKING_DIR, project.workingDir().toString());
        }
        out.put(Labels.CONFIG_FILES, project.configFiles().stream().map(Path::toString).collect(Collectors.joining(",")));
        return out;
    }

    /** "db:service_healthy:false,cache:service_started:false", sorted by service as the reference writes it. */
    static String dependsOnLabel(Service s) {
        return s.dependsOn().values().stream().sorted(Comparator.comparing(DependsOn::serviceName))
                .map(d -> d.serviceName() + ":" + d.condition().composeName() + ":" + d.restart())
                .collect(Collectors.joining(","));
    }

    /** A variable without a value is sent as its bare name, as the reference's ToMobyEnv does. */
    private static List<String> environment(Service s) {
        return new TreeMap<>(s.environment()).entrySet().stream()
                .map(e -> e.getValue() == null ? e.getKey() : e.getKey() + "=" + e.getValue()).toList();
    }

    private static List<ContainerSpec.Port> ports(Service s) {
        List<ContainerSpec.Port> out = new ArrayList<>();
        for (PortMapping p : s.ports()) {
            String host = p.published() == null || p.published().isEmpty() ? null : p.published();
            out.add(new ContainerSpec.Port(p.target(), p.protocol() == null ? "tcp" : p.protocol(),
                    p.hostIp() == null ? "" : p.hostIp(), host));
        }
        return out;
    }

    /** The reference sends each {@code expose} entry as written: "5434" is not "5434/tcp" to the engine. */
    private static List<String> exposed(Tree t) {
        return t.strings("expose");
    }

    private static Map<String, String> tmpfs(Tree t) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : t.strings("tmpfs")) {
            int colon = entry.indexOf(':');
            out.put(colon < 0 ? entry : entry.substring(0, colon), colon < 0 ? "" : entry.substring(colon + 1));
        }
        return out;
    }

    /** ipc/pid {@code service:X}: the reference names X's first container. */
    private static String serviceMode(Project project, String mode) {
        if (mode == null || !mode.startsWith("service:")) {
            return mode;
        }
        Service other = project.services().get(mode.substring(8));
        return "container:" + (other == null ? mode.substring(8) : containerName(project, other, 1));
    }

    private static String networkMode(Project project, Service s) {
        String mode = s.networkMode();
        if (mode == null || mode.isEmpty()) {
            return null;
        }
        if (mode.startsWith("service:")) {
            Service other = project.services().get(mode.substring(8));
            return "container:" + (other == null ? mode.substring(8) : containerName(project, other, 1));
        }
        return mode;
    }

    /** The networks the service's containers join, primary first; names only (aliases as for a one-off). */
    static List<ContainerSpec.Endpoint> endpoints(Project project, Service s) {
        return endpoints(project, s, "", false);
    }

    /**
     * The reference's endpoint settings: the container name is always an alias; the service name and the declared
     * aliases are added for service containers (and {@code run --use-aliases}).
     */
    static List<ContainerSpec.Endpoint> endpoints(Project project, Service s, String containerName,
                                                  boolean serviceAliases) {
        if (s.networkMode() != null && !s.networkMode().isEmpty()) {
            return List.of();
        }
        Map<String, ServiceNetwork> nets = s.networks().isEmpty() ? defaultNetwork() : s.networks();
        List<Map.Entry<String, ServiceNetwork>> ordered = new ArrayList<>(nets.entrySet());
        // Highest priority first, then by name: the first one is given at create time.
        ordered.sort(Comparator.comparing((Map.Entry<String, ServiceNetwork> e) -> e.getValue() == null
                || e.getValue().priority() == null ? 0 : -e.getValue().priority()).thenComparing(Map.Entry::getKey));
        List<ContainerSpec.Endpoint> out = new ArrayList<>();
        for (Map.Entry<String, ServiceNetwork> e : ordered) {
            Network n = project.networks().get(e.getKey());
            String name = n != null ? n.name() : project.name() + "_" + e.getKey();
            ServiceNetwork sn = e.getValue();
            List<String> aliases = new ArrayList<>(List.of(containerName));
            if (serviceAliases) {
                aliases.add(s.name());
                if (sn != null) {
                    aliases.addAll(sn.aliases());
                }
            }
            Tree t = Tree.of(Tree.of(s.tree().get("networks")).get(e.getKey()));
            out.add(new ContainerSpec.Endpoint(name, aliases, sn == null ? null : sn.ipv4Address(),
                    sn == null ? null : sn.ipv6Address(), t.string("mac_address"), t.strings("link_local_ips")));
        }
        return out;
    }

    private static Map<String, ServiceNetwork> defaultNetwork() {
        Map<String, ServiceNetwork> m = new LinkedHashMap<>();
        m.put("default", null);
        return m;
    }

    private static ContainerSpec.HealthSpec health(Healthcheck h) {
        if (h == null) {
            return null;
        }
        if (h.disable()) {
            return new ContainerSpec.HealthSpec(List.of("NONE"), null, null, null, null, null);
        }
        return new ContainerSpec.HealthSpec(h.test().isEmpty() ? null : h.test(), h.interval(), h.timeout(),
                h.retries(), h.startPeriod(), h.startInterval());
    }

    private static List<ContainerSpec.Ulimit> ulimits(Tree t) {
        List<ContainerSpec.Ulimit> out = new ArrayList<>();
        if (t.get("ulimits") instanceof Map<?, ?> map) {
            new TreeMap<>(map.entrySet().stream().collect(Collectors.toMap(e -> String.valueOf(e.getKey()),
                    Map.Entry::getValue))).forEach((name, v) -> {
                        if (v instanceof Map<?, ?> sh) {
                            out.add(new ContainerSpec.Ulimit(name, Tree.bytes(sh.get("soft")), Tree.bytes(sh.get("hard"))));
                        } else {
                            long n = Tree.bytes(v);
                            out.add(new ContainerSpec.Ulimit(name, n, n));
                        }
                    });
        }
        return out;
    }

    /**
     * The reference's volumes_from: {@code container:NAME[:MODE]} as written; {@code SERVICE[:MODE]} names the
     * service's first container, and keeps the mode only when more than one part follows the service (so
     * {@code db:ro} mounts read-write there, and here, so that both create the same container).
     */
    private static List<String> volumesFrom(Project project, Service s) {
        List<String> out = new ArrayList<>();
        for (String entry : s.volumesFrom()) {
            String[] parts = entry.split(":");
            String rest = String.join(":", java.util.Arrays.copyOfRange(parts, 1, parts.length));
            if (parts[0].equals("container")) {
                out.add(rest);
                continue;
            }
            Service other = project.services().get(parts[0]);
            String target = other == null ? parts[0] : containerName(project, other, 1);
            out.add(parts.length > 2 ? target + ":" + rest : target);
        }
        return out;
    }
}
