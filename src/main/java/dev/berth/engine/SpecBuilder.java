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
        return new ContainerSpec(containerName, s.imageName(project.name()), s.command(), s.entrypoint(),
                environment(s), labels(project, s, number, imageId), s.user(), s.workingDir(), t.string("hostname"),
                t.bool("tty"), t.bool("stdin_open"), ports(s), exposed(t), mounts(project, s), tmpfs(t),
                networkMode(project, s), endpoints(project, s), health(s.healthcheck()), restartName(s.restart()),
                restartRetries(s.restart()), s.init(), s.stopSignal(), s.stopGracePeriod(), t.strings("cap_add"),
                t.strings("cap_drop"), ulimits(t), memory(t), Tree.bytes(t.get("mem_reservation")), nanoCpus(t),
                pids(t), t.bool("privileged"), t.bool("read_only"), t.strings("extra_hosts"), t.strings("dns"),
                t.stringMap("sysctls"), t.strings("security_opt"), Tree.bytes(t.get("shm_size")), t.strings("group_add"),
                volumesFrom(project, s), t.string("ipc"), t.string("pid"));
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
        out.put(ServiceHash.CONFIG_LABEL, ServiceHash.configJson(s));
        return out;
    }

    /** "db:service_healthy:false,cache:service_started:false", sorted by service as the reference writes it. */
    static String dependsOnLabel(Service s) {
        return s.dependsOn().values().stream().sorted(Comparator.comparing(DependsOn::serviceName))
                .map(d -> d.serviceName() + ":" + d.condition().composeName() + ":" + d.restart())
                .collect(Collectors.joining(","));
    }

    private static List<String> environment(Service s) {
        return new TreeMap<>(s.environment()).entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
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

    private static List<Integer> exposed(Tree t) {
        return t.strings("expose").stream().map(e -> e.replaceAll("/.*", "")).filter(e -> e.matches("\\d+"))
                .map(Integer::valueOf).toList();
    }

    private static List<ContainerSpec.MountSpec> mounts(Project project, Service s) {
        List<ContainerSpec.MountSpec> out = new ArrayList<>();
        for (Mount m : s.volumes()) {
            String source = m.source();
            if ("volume".equals(m.type()) && source != null && !source.isEmpty()) {
                Volume v = project.volumes().get(source);
                source = v == null ? source : v.name();
            }
            out.add(new ContainerSpec.MountSpec(m.type(), source == null || source.isEmpty() ? null : source,
                    m.target(), m.readOnly(), m.tmpfsSize()));
        }
        files(project.secrets(), s.secrets(), "secret", project, out);
        files(project.configs(), s.configs(), "config", project, out);
        return out;
    }

    /**
     * File-based secrets and configs are bind-mounted read-only, as the reference does without swarm; those from
     * the environment or inline content are copied in ({@link InjectedFiles}); external ones need swarm.
     */
    private static void files(Map<String, FileObject> declared, List<FileReference> refs, String kind, Project project,
                              List<ContainerSpec.MountSpec> out) {
        for (FileReference ref : refs) {
            FileObject f = declared.get(ref.source());
            if (f != null && f.external()) {
                throw new EngineException(EngineException.Reason.INVALID, "unsupported external " + kind + " "
                        + f.name());
            }
            if (f == null || f.file() == null) {
                continue;
            }
            String target = InjectedFiles.target(kind, ref);
            Path file = project.workingDir() == null ? Path.of(f.file()) : project.workingDir().resolve(f.file());
            out.add(new ContainerSpec.MountSpec("bind", file.toAbsolutePath().normalize().toString(), target, true, null));
        }
    }

    private static Map<String, String> tmpfs(Tree t) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : t.strings("tmpfs")) {
            int colon = entry.indexOf(':');
            out.put(colon < 0 ? entry : entry.substring(0, colon), colon < 0 ? "" : entry.substring(colon + 1));
        }
        return out;
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

    static List<ContainerSpec.Endpoint> endpoints(Project project, Service s) {
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
            List<String> aliases = new ArrayList<>(List.of(s.name()));
            if (sn != null) {
                sn.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
            }
            out.add(new ContainerSpec.Endpoint(name, aliases, sn == null ? null : sn.ipv4Address(),
                    sn == null ? null : sn.ipv6Address()));
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

    private static String restartName(String restart) {
        return restart == null ? null : restart.replaceAll(":.*", "");
    }

    private static Integer restartRetries(String restart) {
        return restart != null && restart.startsWith("on-failure:") ? Integer.valueOf(restart.substring(11)) : null;
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

    private static Long memory(Tree t) {
        Long direct = Tree.bytes(t.get("mem_limit"));
        return direct != null ? direct : Tree.bytes(t.get("deploy", "resources", "limits", "memory"));
    }

    private static Long nanoCpus(Tree t) {
        Object v = t.get("cpus");
        if (v == null) {
            v = t.get("deploy", "resources", "limits", "cpus");
        }
        return v == null ? null : (long) (Double.parseDouble(String.valueOf(v)) * 1e9);
    }

    private static Long pids(Tree t) {
        Object v = t.get("pids_limit");
        if (v == null) {
            v = t.get("deploy", "resources", "limits", "pids");
        }
        return v == null ? null : Long.valueOf(String.valueOf(v));
    }

    private static List<String> volumesFrom(Project project, Service s) {
        List<String> out = new ArrayList<>();
        for (String entry : s.volumesFrom()) {
            String[] parts = entry.split(":");
            String target;
            String mode;
            if (parts[0].equals("container")) {
                target = parts[1];
                mode = parts.length > 2 ? parts[2] : null;
            } else {
                Service other = project.services().get(parts[0]);
                target = other == null ? parts[0] : containerName(project, other, 1);
                mode = parts.length > 1 ? parts[1] : null;
            }
            out.add(mode == null ? target : target + ":" + mode);
        }
        return out;
    }
}
