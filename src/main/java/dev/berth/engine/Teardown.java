package dev.berth.engine;

import dev.berth.compose.model.Network;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.Volume;
import dev.berth.engine.Operation.AwaitServicesDone;
import dev.berth.engine.Operation.RemoveContainer;
import dev.berth.engine.Operation.StopContainer;
import dev.berth.graph.ServiceGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans {@code down} and {@code stop}: dependants stop before what they depend on; networks and volumes go after
 * every container. Only resources labelled with the project are touched; named volumes only with {@code -v}.
 */
public final class Teardown {
    private Teardown() {}

    public static Plan down(String projectName, Project project, ProjectState observed, DownOptions options) {
        return down(projectName, project, observed, List.of(), options);
    }

    /**
     * @param projectImages the local tagged images labelled with the project (what {@code --rmi} considers);
     *                      {@code observed.images()} tells which of the services' images exist
     */
    public static Plan down(String projectName, Project project, ProjectState observed,
                            List<DockerGateway.ImageState> projectImages, DownOptions options) {
        List<String> warnings = new ArrayList<>();
        Map<String, List<ContainerState>> byService = observed.byService();
        Set<String> orphanServices = new TreeSet<>();
        if (project != null) {
            Orphans.of(project, observed).keySet().forEach(orphanServices::add);
            if (!orphanServices.isEmpty() && !options.removeOrphans()) {
                warnings.add("Found orphan containers for services (" + String.join(", ", orphanServices)
                        + ") of this project. Run down with --remove-orphans to remove them.");
                byService.keySet().removeAll(orphanServices);
            }
        }
        Map<String, List<Operation>> lanes = stopLanes(project, byService, options.timeoutSeconds(), true,
                options.removeVolumes());
        List<Operation> teardown = new ArrayList<>();
        networks(projectName, project, observed, teardown);
        if (options.removeVolumes()) {
            volumes(projectName, project, observed, teardown);
        }
        if (options.removeImages() != null) {
            DownImages.plan(project, observed, projectImages, options, teardown);
        }
        return new Plan(projectName, List.of(), lanes, teardown, warnings);
    }

    /** Plans {@code stop} (remove=false) of the given services' running containers, dependants first. */
    public static Plan stop(String projectName, Project project, ProjectState observed, List<String> services,
                            Integer timeoutSeconds) {
        Map<String, List<ContainerState>> byService = observed.byService();
        if (!services.isEmpty()) {
            byService.keySet().retainAll(services);
        }
        return new Plan(projectName, List.of(), stopLanes(project, byService, timeoutSeconds, false, false), List.of(),
                List.of());
    }

    private static Map<String, List<Operation>> stopLanes(Project project, Map<String, List<ContainerState>> byService,
                                                          Integer timeoutSeconds, boolean remove, boolean removeVolumes) {
        List<String> order = new ArrayList<>(byService.keySet());
        Map<String, List<String>> dependants = new LinkedHashMap<>();
        if (project != null) {
            ServiceGraph graph = ServiceGraph.of(project);
            List<String> known = order.stream().filter(project.services()::containsKey).toList();
            List<String> stopOrder = new ArrayList<>(graph.stopOrder(known));
            order.stream().filter(s -> !known.contains(s)).forEach(stopOrder::addFirst);
            order = stopOrder;
            for (String s : known) {
                dependants.put(s, graph.dependents(s).stream().map(e -> e.from()).filter(byService::containsKey)
                        .distinct().sorted().toList());
            }
        }
        Map<String, List<Operation>> lanes = new LinkedHashMap<>();
        for (String service : order) {
            List<Operation> lane = new ArrayList<>();
            List<String> waitFor = dependants.getOrDefault(service, List.of());
            if (!waitFor.isEmpty()) {
                lane.add(new AwaitServicesDone(service, waitFor, "stop order"));
            }
            int timeout = timeout(project, service, timeoutSeconds);
            for (ContainerState c : byService.get(service)) {
                if (c.running()) {
                    lane.add(new StopContainer(service, c.name(), timeout, remove ? "down" : "stop"));
                }
                if (remove) {
                    lane.add(new RemoveContainer(service, c.name(), removeVolumes, "down"));
                }
            }
            lanes.put(service, lane);
        }
        return lanes;
    }

    private static int timeout(Project project, String service, Integer timeoutSeconds) {
        if (timeoutSeconds != null) {
            return timeoutSeconds;
        }
        Service s = project == null ? null : project.services().get(service);
        return s == null || s.stopGracePeriod() == null ? 10 : (int) s.stopGracePeriod().toSeconds();
    }

    private static void networks(String projectName, Project project, ProjectState observed, List<Operation> out) {
        Set<String> names = new TreeSet<>();
        if (project != null) {
            project.networks().values().stream().filter(n -> !n.external()).map(Network::name).forEach(names::add);
            names.add(projectName + "_default");
        }
        for (ProjectState.NetworkState n : observed.networks()) {
            // Only networks labelled with this project: an external or foreign one of the same name stays.
            if (projectName.equals(n.labels().get(Labels.PROJECT)) && (project == null || names.contains(n.name()))) {
                out.add(new Operation.RemoveNetwork(n.name(), "down"));
            }
        }
    }

    private static void volumes(String projectName, Project project, ProjectState observed, List<Operation> out) {
        Set<String> declared = new TreeSet<>();
        if (project != null) {
            project.volumes().values().stream().filter(v -> !v.external()).map(Volume::name).forEach(declared::add);
        }
        for (ProjectState.VolumeState v : observed.volumes()) {
            if (projectName.equals(v.labels().get(Labels.PROJECT)) && (project == null || declared.contains(v.name()))) {
                out.add(new Operation.RemoveVolume(v.name(), "down -v"));
            }
        }
    }
}
