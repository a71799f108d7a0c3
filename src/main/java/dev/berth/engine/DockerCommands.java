package dev.berth.engine;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A plan said in Docker's words: for each operation, the Docker CLI command that does what Berth
 * asks of the engine. Containers are said from the very create request Berth sends (through
 * {@link DockerGateway#createArgs}), networks and volumes from the values it creates them with;
 * waits become shell loops on {@code docker inspect}. Secret variables go by name (the CLI reads
 * their values from the environment), so nothing secret is printed.
 */
public final class DockerCommands {
    private static final String[] SECRET_WORDS = {"PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY"};
    private final DockerGateway gateway;
    private final Project project;
    private final Map<String, String> imageIds = new java.util.HashMap<>();
    private final TreeSet<String> secretsUsed = new TreeSet<>();
    private final boolean brief;

    public DockerCommands(DockerGateway gateway, Project project) {
        this(gateway, project, false);
    }

    private DockerCommands(DockerGateway gateway, Project project, boolean brief) {
        this.gateway = gateway;
        this.project = project;
        this.brief = brief;
    }

    /** The same commands with the labels of containers left out (counted instead): for reading on a screen. */
    public DockerCommands brief() {
        return new DockerCommands(gateway, project, true);
    }

    /** True for variable names that say they hold a secret (the inspector masks the same ones). */
    public static boolean secretName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (upper.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** One entry per operation of {@link Plan#operations()}: its command line(s), or a comment for a no-op wait. */
    public List<String> of(Plan plan) {
        return plan.operations().stream().map(this::of).toList();
    }

    /** The whole plan as a shell script, one command a line, that does on a clean engine what Berth would do. */
    public String script(Plan plan) {
        List<String> lines = of(plan);
        StringBuilder b = new StringBuilder("#!/usr/bin/env bash\n");
        b.append("# Docker CLI commands for what `berth up` does for project ").append(project.name()).append(".\n");
        if (!secretsUsed.isEmpty()) {
            b.append("# Secret variables are passed by name: export ").append(String.join(", ", secretsUsed))
                    .append(" before running this.\n");
        }
        b.append("set -e\n");
        lines.forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    /** {@code docker run -d ...} for the first container of a service, as Berth would create and start it. */
    public String runLine(String serviceName) {
        Service s = project.service(serviceName);
        CliArgs args = createArgs(s, 1, SpecBuilder.containerName(project, s, 1));
        return "docker run --detach " + ShellWords.join(args.words()) + unsaid(args);
    }

    public String of(Operation op) {
        return switch (op) {
            case Operation.CreateNetwork n -> network(n);
            case Operation.RemoveNetwork n -> "docker network rm " + q(n.resourceId());
            case Operation.CreateVolume v -> volume(v);
            case Operation.RemoveVolume v -> "docker volume rm " + q(v.resourceId());
            case Operation.BuildImage b -> build(project.service(b.serviceName()), b.resourceId());
            case Operation.PullImage p -> "docker pull " + q(p.resourceId());
            case Operation.RemoveImage i -> "docker rmi " + q(i.resourceId());
            case Operation.CreateContainer c -> create(c);
            case Operation.StartContainer s -> "docker start " + q(s.resourceId());
            case Operation.StopContainer s -> "docker stop --time " + s.timeoutSeconds() + " " + q(s.resourceId());
            case Operation.RestartContainer r -> "docker restart --time " + r.timeoutSeconds() + " " + q(r.resourceId());
            case Operation.RemoveContainer r -> "docker rm --force " + (r.removeVolumes() ? "--volumes " : "") + q(r.resourceId());
            case Operation.AwaitDependencies a -> String.join("\n", a.dependsOn().stream().map(this::await).toList());
            case Operation.AwaitServicesDone a -> "# " + a.serviceName() + " stops after " + String.join(", ", a.serviceNames());
            case Operation.AwaitCreated a -> "# " + a.serviceName() + " is created after " + String.join(", ", a.serviceNames())
                    + " (its container names theirs)";
            case Operation.AwaitReady a -> ready(project.service(a.serviceName()));
        };
    }

    /** From the very spec the engine's create gets ({@link ResourceSpec}), config-hash label included. */
    private String network(Operation.CreateNetwork n) {
        ResourceSpec.NetworkSpec spec = ResourceSpec.network(project, n.network().key(), n.resourceId(),
                OperationRunner.resourceLabels(project, Labels.NETWORK, n.network().key(), n.network().labels()));
        List<String> w = new ArrayList<>(List.of("docker", "network", "create", "--driver",
                spec.driver() == null ? "bridge" : spec.driver()));
        if (spec.internal()) {
            w.add("--internal");
        }
        if (spec.attachable()) {
            w.add("--attachable");
        }
        if (Boolean.TRUE.equals(spec.enableIpv6())) {
            w.add("--ipv6");
        }
        options(w, "--opt", spec.options());
        if (spec.ipamDriver() != null) {
            w.add("--ipam-driver");
            w.add(spec.ipamDriver());
        }
        for (ResourceSpec.Pool pool : spec.pools()) {
            flag(w, "--subnet", pool.subnet());
            flag(w, "--ip-range", pool.ipRange());
            flag(w, "--gateway", pool.gateway());
            options(w, "--aux-address", pool.auxAddresses());
        }
        labels(w, spec.labels());
        w.add(n.resourceId());
        return ShellWords.join(w);
    }

    private String volume(Operation.CreateVolume v) {
        ResourceSpec.VolumeSpec spec = ResourceSpec.volume(project, v.volume().key(), v.resourceId(),
                OperationRunner.resourceLabels(project, Labels.VOLUME, v.volume().key(), v.volume().labels()));
        List<String> w = new ArrayList<>(List.of("docker", "volume", "create", "--driver",
                spec.driver() == null ? "local" : spec.driver()));
        options(w, "--opt", spec.driverOpts());
        labels(w, spec.labels());
        w.add(v.resourceId());
        return ShellWords.join(w);
    }

    private static void flag(List<String> words, String flag, String value) {
        if (value != null) {
            words.add(flag);
            words.add(value);
        }
    }

    private static void options(List<String> words, String flag, Map<String, String> values) {
        if (values != null) {
            new java.util.TreeMap<>(values).forEach((k, v) -> flag(words, flag, k + "=" + v));
        }
    }

    private static void labels(List<String> words, Map<String, String> labels) {
        new java.util.TreeMap<>(labels).forEach((k, v) -> {
            words.add("--label");
            words.add(k + "=" + v);
        });
    }

    private String build(Service s, String image) {
        List<String> w = new ArrayList<>(List.of("docker", "build", "--tag", image));
        var b = s.build();
        if (b != null && b.dockerfile() != null) {
            w.add("--file");
            w.add(java.nio.file.Path.of(b.context() == null ? "." : b.context()).resolve(b.dockerfile()).toString());
        }
        if (b != null && b.target() != null) {
            w.add("--target");
            w.add(b.target());
        }
        w.add(b == null || b.context() == null ? "." : b.context());
        return ShellWords.join(w);
    }

    private String create(Operation.CreateContainer c) {
        Service s = project.service(c.serviceName());
        CliArgs args = createArgs(s, c.number(), c.resourceId());
        List<String> lines = new ArrayList<>();
        lines.add("docker create " + ShellWords.join(args.words()) + unsaid(args));
        ContainerSpec spec = spec(s, c.number(), c.resourceId());
        if (spec.networkMode() == null) {
            for (ContainerSpec.Endpoint e : spec.networks().subList(Math.min(1, spec.networks().size()), spec.networks().size())) {
                List<String> w = new ArrayList<>(List.of("docker", "network", "connect"));
                e.aliases().forEach(a -> w.addAll(List.of("--alias", a)));
                if (e.ipv4Address() != null) {
                    w.addAll(List.of("--ip", e.ipv4Address()));
                }
                w.add(e.networkName());
                w.add(c.resourceId());
                lines.add(ShellWords.join(w));
            }
        }
        int files = InjectedFiles.of(project, s).size();
        if (files > 0) {
            lines.add("# Berth then copies " + files + " secret/config file(s) into " + c.resourceId() + " (docker cp)");
        }
        return String.join("\n", lines);
    }

    private CliArgs createArgs(Service s, int number, String name) {
        CliArgs args = gateway.createArgs(spec(s, number, name), DockerCommands::secretName);
        List<String> words = args.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("--env") && !words.get(i + 1).contains("=")) {
                secretsUsed.add(words.get(i + 1));
            }
        }
        if (!brief) {
            return args;
        }
        List<String> kept = new ArrayList<>();
        int labels = 0;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("--label") && i + 1 < words.size()) {
                labels++;
                i++;
            } else {
                kept.add(words.get(i));
            }
        }
        List<String> unsaid = new ArrayList<>(args.unsaid());
        if (labels > 0) {
            unsaid.addFirst(labels + " labels left out here");
        }
        return new CliArgs(kept, unsaid);
    }

    private ContainerSpec spec(Service s, int number, String name) {
        String image = s.imageName(project.name());
        String id = imageIds.computeIfAbsent(image, i -> java.util.Objects.requireNonNullElse(gateway.imageId(i), ""));
        return SpecBuilder.build(project, s, number, name, id.isEmpty() ? null : id);
    }

    private static String unsaid(CliArgs args) {
        return args.unsaid().isEmpty() ? "" : "  # " + String.join("; ", args.unsaid());
    }

    private String await(DependsOn d) {
        Service dep = project.service(d.serviceName());
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= Math.max(1, dep.scale()); n++) {
            String c = q(SpecBuilder.containerName(project, dep, n));
            lines.add(switch (d.condition()) {
                case SERVICE_HEALTHY -> "until [ \"$(docker inspect --format '{{.State.Health.Status}}' " + c
                        + ")\" = healthy ]; do sleep 1; done";
                case SERVICE_COMPLETED_SUCCESSFULLY -> "[ \"$(docker wait " + c + ")\" = 0 ]";
                case SERVICE_STARTED -> "# " + d.serviceName() + " has started: docker start " + c + " returned";
            });
        }
        return String.join("\n", lines);
    }

    private String ready(Service s) {
        boolean health = s.healthcheck() != null && !s.healthcheck().disable() && !s.healthcheck().test().isEmpty();
        String c = q(SpecBuilder.containerName(project, s, 1));
        return health ? "until [ \"$(docker inspect --format '{{.State.Health.Status}}' " + c + ")\" = healthy ]; do sleep 1; done"
                : "until [ \"$(docker inspect --format '{{.State.Status}}' " + c + ")\" = running ]; do sleep 1; done";
    }

    private static String q(String word) {
        return ShellWords.quote(word);
    }
}
