package dev.berth.engine;

import dev.berth.compose.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Containers labelled with the project whose service is gone from the file (profile-disabled ones are not orphans). */
final class Orphans {
    private Orphans() {}

    static Map<String, List<ContainerState>> of(Project project, ProjectState observed) {
        Map<String, List<ContainerState>> out = new TreeMap<>();
        for (ContainerState c : observed.containers()) {
            if (!c.oneOff() && !project.services().containsKey(c.serviceName())
                    && !project.disabledServices().containsKey(c.serviceName())) {
                out.computeIfAbsent(c.serviceName(), k -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    static void plan(Project project, ProjectState observed, UpOptions options, Map<String, List<Operation>> lanes,
                     List<String> warnings) {
        Map<String, List<ContainerState>> orphans = of(project, observed);
        if (orphans.isEmpty()) {
            return;
        }
        if (!options.removeOrphans()) {
            List<String> names = orphans.values().stream().flatMap(List::stream).map(ContainerState::name).sorted().toList();
            warnings.add("Found orphan containers (" + String.join(", ", names) + ") for this project. If you removed or "
                    + "renamed this service in your compose file, you can run this command with the --remove-orphans "
                    + "flag to clean it up.");
            return;
        }
        orphans.forEach((service, containers) -> {
            List<Operation> lane = new ArrayList<>();
            for (ContainerState c : containers) {
                if (c.running()) {
                    lane.add(new Operation.StopContainer(service, c.name(), 10, "orphan"));
                }
                lane.add(new Operation.RemoveContainer(service, c.name(), false, "orphan"));
            }
            lanes.put(service, lane);
        });
    }
}
