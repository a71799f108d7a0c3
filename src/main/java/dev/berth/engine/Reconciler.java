package dev.berth.engine;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Mount;
import dev.berth.compose.model.Network;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.Volume;
import dev.berth.engine.Operation.AwaitDependencies;
import dev.berth.engine.Operation.AwaitReady;
import dev.berth.engine.Operation.BuildImage;
import dev.berth.engine.Operation.CreateContainer;
import dev.berth.engine.Operation.CreateNetwork;
import dev.berth.engine.Operation.CreateVolume;
import dev.berth.engine.Operation.PullImage;
import dev.berth.engine.Operation.RemoveContainer;
import dev.berth.engine.Operation.StartContainer;
import dev.berth.engine.Operation.StopContainer;
import dev.berth.graph.ServiceGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a project with what the engine holds and decides what {@code up} must do. Pure: the same inputs always
 * give the same plan, so it is tested without Docker.
 */
public final class Reconciler {
    private Reconciler() {}

    /**
     * A provider service is made by running its plugin (the reference runs {@code docker-<type>} or {@code <type>}
     * and refuses when there is none); Berth runs no plugins, so it refuses such a service rather than skip it.
     */
    private static void refuseProviders(Project project, Set<String> selected) {
        for (String name : new TreeSet<>(selected)) {
            Object type = new Tree(project.service(name).tree()).get("provider", "type");
            if (type != null) {
                throw new EngineException(EngineException.Reason.INVALID, "service " + name + ": provider services"
                        + " (type \"" + type + "\") need their plugin, which Berth does not run; use docker compose");
            }
        }
    }

    public static Plan up(Project project, ProjectState observed, UpOptions options) {
        ServiceGraph graph = ServiceGraph.of(project);
        graph.requireAcyclic();
        Set<String> selected = selected(project, graph, options);
        refuseProviders(project, selected);
        List<String> warnings = new ArrayList<>();
        List<Operation> setup = new ArrayList<>();
        networks(project, observed, selected, setup);
        volumes(project, observed, selected, setup);
        Map<String, List<Operation>> lanes = new LinkedHashMap<>();
        Set<String> recreated = new TreeSet<>();
        for (String name : graph.startOrder(selected)) {
            ServicePlanner planner = new ServicePlanner(project, project.service(name), observed, options, selected,
                    recreated);
            List<Operation> lane = planner.lane();
            lanes.put(name, lane);
            planner.dependantStops().forEach((dependency, stops) -> lanes.get(dependency)
                    .addAll(firstContainerStep(lanes.get(dependency)), stops));
            if (planner.recreates()) {
                recreated.add(name);
            }
        }
        lanes.forEach((name, lane) -> {
            if (lane.stream().anyMatch(op -> op instanceof CreateContainer)) {
                InjectedFiles.ignoredOwnership(project, project.service(name), warnings);
            }
        });
        Orphans.plan(project, observed, options, lanes, warnings);
        return new Plan(project.name(), setup, lanes, List.of(), warnings);
    }

    /**
     * Plans {@code start}: existing stopped containers of the services (all when empty) and, like the reference,
     * of what they depend on, in dependency order.
     */
    public static Plan start(Project project, ProjectState observed, List<String> services) {
        ServiceGraph graph = ServiceGraph.of(project);
        List<String> named = services.stream().filter(project.services()::containsKey).toList();
        Set<String> scope = new TreeSet<>(services.isEmpty() ? project.services().keySet() : graph.pulledIn(named));
        scope.retainAll(project.services().keySet());
        Map<String, List<Operation>> lanes = new LinkedHashMap<>();
        for (String name : graph.startOrder(scope)) {
            List<Operation> lane = new ArrayList<>();
            List<ContainerState> stopped = observed.containersOf(name).stream().filter(c -> !c.running()).toList();
            List<DependsOn> deps = project.service(name).dependsOn().values().stream()
                    .filter(d -> project.services().containsKey(d.serviceName()))
                    .sorted(java.util.Comparator.comparing(DependsOn::serviceName)).toList();
            if (!stopped.isEmpty() && !deps.isEmpty()) {
                lane.add(new AwaitDependencies(name, deps, "depends_on"));
            }
            stopped.forEach(c -> lane.add(new StartContainer(name, c.name(), "start")));
            lanes.put(name, lane);
        }
        return new Plan(project.name(), List.of(), lanes, List.of(), List.of());
    }

    /** Where a dependant's stop goes in its dependency's lane: after the image steps, before any container step. */
    private static int firstContainerStep(List<Operation> lane) {
        int i = 0;
        while (i < lane.size() && (lane.get(i) instanceof BuildImage || lane.get(i) instanceof PullImage)) {
            i++;
        }
        return i;
    }

    private static Set<String> selected(Project project, ServiceGraph graph, UpOptions options) {
        if (options.services().isEmpty()) {
            return new TreeSet<>(project.services().keySet());
        }
        Set<String> out = new TreeSet<>(options.noDeps() ? options.services() : graph.pulledIn(options.services()));
        out.retainAll(project.services().keySet());
        return out;
    }

    private static void networks(Project project, ProjectState observed, Set<String> selected, List<Operation> out) {
        Set<String> used = new TreeSet<>();
        for (String name : selected) {
            SpecBuilder.endpoints(project, project.service(name)).forEach(e -> used.add(e.networkName()));
        }
        Set<String> existing = new TreeSet<>();
        observed.networks().forEach(n -> existing.add(n.name()));
        for (String name : used) {
            Network declared = project.networks().values().stream().filter(n -> n.name().equals(name)).findFirst()
                    .orElse(new Network("default", name, null, false, false, false, Map.of()));
            if (declared.external()) {
                if (!existing.contains(name)) {
                    throw new EngineException(EngineException.Reason.NOT_FOUND, "network " + name
                            + " declared as external, but could not be found");
                }
            } else if (!existing.contains(name)) {
                out.add(new CreateNetwork(declared, "missing"));
            }
        }
    }

    private static void volumes(Project project, ProjectState observed, Set<String> selected, List<Operation> out) {
        Set<String> used = new TreeSet<>();
        for (String name : selected) {
            for (Mount m : project.service(name).volumes()) {
                if ("volume".equals(m.type()) && m.source() != null && project.volumes().containsKey(m.source())) {
                    used.add(m.source());
                }
            }
        }
        Set<String> existing = new TreeSet<>();
        observed.volumes().forEach(v -> existing.add(v.name()));
        for (String key : used) {
            Volume v = project.volumes().get(key);
            if (v.external()) {
                if (!existing.contains(v.name())) {
                    throw new EngineException(EngineException.Reason.NOT_FOUND, "volume " + v.name()
                            + " declared as external, but could not be found");
                }
            } else if (!existing.contains(v.name())) {
                out.add(new CreateVolume(v, "missing"));
            }
        }
    }

    /**
     * The lane of one service: image, containers to remove, create and start, and its waits. {@code recreated}
     * holds the dependencies (planned before it) whose containers this run recreates.
     */
    private record ServicePlanner(Project project, Service service, ProjectState observed, UpOptions options,
                                  Set<String> selected, Set<String> recreated) {

        List<Operation> lane() {
            List<Operation> ops = new ArrayList<>();
            image(ops);
            List<ContainerState> existing = observed.containersOf(service.name());
            int scale = options.scale().getOrDefault(service.name(), service.scale());
            String hash = ServiceHash.of(service);
            int timeout = timeout();
            List<Operation> starts = new ArrayList<>();
            int kept = 0;
            int highest = 0;
            for (ContainerState c : existing) {
                highest = Math.max(highest, c.number());
                if (kept >= scale) {
                    stopAndRemove(c, timeout, "scale down", ops);
                    continue;
                }
                kept++;
                String why = recreateCause(c, hash);
                if (why != null) {
                    stopAndRemove(c, timeout, why, ops);
                    ops.add(new CreateContainer(service.name(), c.name(), c.number(), why));
                    starts.add(new StartContainer(service.name(), c.name(), why, InjectedFiles.any(project, service)));
                } else if (!c.running()) {
                    starts.add(new StartContainer(service.name(), c.name(), c.state() == null ? "stopped" : c.state(),
                            InjectedFiles.any(project, service)));
                } else if (restartingDependency() != null) {
                    starts.add(new StartContainer(service.name(), c.name(),
                            "dependency " + restartingDependency() + " was recreated"));
                }
            }
            for (int n = highest + 1; kept < scale; n++, kept++) {
                String name = SpecBuilder.containerName(project, service, n);
                ops.add(new CreateContainer(service.name(), name, n, "missing"));
                starts.add(new StartContainer(service.name(), name, "missing", InjectedFiles.any(project, service)));
            }
            createdFirst(ops);
            if (!options.noStart() && !starts.isEmpty()) {
                List<DependsOn> deps = dependencies();
                if (!deps.isEmpty()) {
                    ops.add(new AwaitDependencies(service.name(), deps, "depends_on"));
                }
                ops.addAll(starts);
            }
            if (options.waitReady() && !options.noStart() && scale > 0) {
                ops.add(new AwaitReady(service.name(), service.healthcheck() != null && !service.healthcheck().disable()
                        ? "healthy" : "running"));
            }
            return ops;
        }

        /**
         * A create that names another service's container (volumes_from, links, network_mode/ipc/pid: service:X)
         * waits for that service's lane in this plan, as the reference creates in dependency order.
         */
        private void createdFirst(List<Operation> ops) {
            int first = 0;
            while (first < ops.size() && !(ops.get(first) instanceof CreateContainer)) {
                first++;
            }
            Set<String> needed = new TreeSet<>();
            service.volumesFrom().stream().filter(v -> !v.startsWith("container:")).map(v -> v.split(":")[0])
                    .forEach(needed::add);
            service.links().stream().map(l -> l.split(":")[0]).forEach(needed::add);
            Tree t = new Tree(service.tree());
            for (String mode : new String[] {service.networkMode(), t.string("ipc"), t.string("pid")}) {
                if (mode != null && mode.startsWith("service:")) {
                    needed.add(mode.substring(8));
                }
            }
            needed.retainAll(selected);
            needed.remove(service.name());
            if (first < ops.size() && !needed.isEmpty()) {
                ops.add(first, new Operation.AwaitCreated(service.name(), List.copyOf(needed), "its create names them"));
            }
        }

        /** True when a container this service keeps is recreated (what makes restart: true dependants restart). */
        boolean recreates() {
            int scale = options.scale().getOrDefault(service.name(), service.scale());
            String hash = ServiceHash.of(service);
            return observed.containersOf(service.name()).stream().limit(scale)
                    .anyMatch(c -> recreateCause(c, hash) != null);
        }

        /**
         * The first dependency (by name) this run recreates that the service declares with {@code restart: true}:
         * like the reference, its running containers stop before that recreate and start again after it.
         */
        String restartingDependency() {
            return service.dependsOn().values().stream().filter(DependsOn::restart).map(DependsOn::serviceName)
                    .filter(recreated::contains).sorted().findFirst().orElse(null);
        }

        /** The stops of this service's running, kept containers, to run in the lane of the dependency recreated. */
        Map<String, List<Operation>> dependantStops() {
            String dependency = restartingDependency();
            if (dependency == null) {
                return Map.of();
            }
            int scale = options.scale().getOrDefault(service.name(), service.scale());
            String hash = ServiceHash.of(service);
            List<Operation> stops = observed.containersOf(service.name()).stream().limit(scale)
                    .filter(c -> c.running() && recreateCause(c, hash) == null)
                    .<Operation>map(c -> new StopContainer(service.name(), c.name(), timeout(),
                            "dependency " + dependency + " will be recreated"))
                    .toList();
            return stops.isEmpty() ? Map.of() : Map.of(dependency, stops);
        }

        private void image(List<Operation> ops) {
            String image = service.imageName(project.name());
            boolean present = observed.images().containsKey(image);
            boolean always = options.build() == UpOptions.BuildPolicy.ALWAYS;
            boolean policy = "build".equals(service.pullPolicy()); // pull_policy: build rebuilds on every up
            if (service.build() != null && options.build() != UpOptions.BuildPolicy.NEVER
                    && (always || policy || !present)) {
                ops.add(new BuildImage(service.name(), image, !present ? "missing"
                        : always ? "--build" : "pull_policy build"));
            } else if (!present && "always".equals(service.pullPolicy())) {
                ops.add(new PullImage(service.name(), image, "pull_policy always"));
            } else if (!present) {
                ops.add(new PullImage(service.name(), image, "missing"));
            } else if ("always".equals(service.pullPolicy())) {
                ops.add(new PullImage(service.name(), image, "pull_policy always"));
            }
        }

        private String recreateCause(ContainerState c, String hash) {
            switch (options.recreate()) {
                case NEVER -> {
                    return null;
                }
                case FORCE -> {
                    return "--force-recreate";
                }
                case DIVERGED -> { }
            }
            String imageId = observed.images().get(service.imageName(project.name()));
            if (hash.equals(c.configHash())) {
                // The reference also recreates when the image behind the name changed (its digest label).
                return imageId == null || imageId.equals(c.labels().get(Labels.IMAGE)) ? null : "image changed";
            }
            List<String> paths = ServiceHash.changedPaths(observed.fingerprints().get(c.configHash()), service);
            if (paths.isEmpty()) {
                return "config changed";
            }
            String shown = String.join(", ", paths.subList(0, Math.min(3, paths.size())));
            return "config changed: " + shown + (paths.size() > 3 ? ", …" : "");
        }

        private void stopAndRemove(ContainerState c, int timeout, String cause, List<Operation> ops) {
            if (c.running()) {
                ops.add(new StopContainer(service.name(), c.name(), timeout, cause));
            }
            ops.add(new RemoveContainer(service.name(), c.name(), false, cause));
        }

        /** Dependencies this service waits for: those being brought up, or already in the project. */
        private List<DependsOn> dependencies() {
            return service.dependsOn().values().stream()
                    .filter(d -> selected.contains(d.serviceName()) || project.services().containsKey(d.serviceName()))
                    .sorted(java.util.Comparator.comparing(DependsOn::serviceName)).toList();
        }

        private int timeout() {
            if (options.timeoutSeconds() != null) {
                return options.timeoutSeconds();
            }
            return service.stopGracePeriod() == null ? 10 : (int) service.stopGracePeriod().toSeconds();
        }
    }
}
