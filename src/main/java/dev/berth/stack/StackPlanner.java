package dev.berth.stack;

import dev.berth.compose.model.Project;
import dev.berth.engine.EngineException;
import dev.berth.stack.StackPlan.Action;
import dev.berth.stack.StackPlan.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Observes the stack on the Swarm and plans a deploy: each network, object and service with what and why. */
final class StackPlanner {
    private final SwarmGateway swarm;

    StackPlanner(SwarmGateway swarm) {
        this.swarm = swarm;
    }

    StackPlan plan(Project project, DeployOptions options) {
        String ns = options.namespace();
        Swarms.requireManager(swarm);
        Map<String, List<String>> filter = Swarms.stackFilter(ns);
        Map<String, Doc> existing = new TreeMap<>();
        swarm.services(filter).forEach(s -> existing.put(s.string("Spec", "Name"), s));
        Map<String, List<Doc>> objects = Map.of("Secret", swarm.objects("secrets", filter),
                "Config", swarm.objects("configs", filter));
        ObjectVersions versions = new ObjectVersions(project, ns, objects);
        StackSpec spec = StackConverter.convert(project, ns, versions);
        List<Step> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>(Unsupported.warnings(project));
        Map<String, String> networkIds = networks(spec, filter, steps);
        versions.toCreate().forEach(o -> steps.add(new Step(o.kind().toLowerCase(), o.name(), Action.CREATE, List.of(o.cause()))));
        Map<String, ImageResolver.Resolved> images = new HashMap<>();
        Map<String, Doc> byName = new LinkedHashMap<>();
        ImageResolver resolver = new ImageResolver(swarm, options);
        for (var e : spec.services().entrySet()) {
            String name = ns + "_" + e.getKey();
            Doc current = existing.get(name);
            byName.put(e.getKey(), current);
            ImageResolver.Resolved image = resolver.resolve(e.getValue(), current, warnings);
            images.put(e.getKey(), image);
            steps.add(serviceStep(name, e.getValue(), current, image.image(), networkIds));
        }
        if (options.prune()) {
            existing.keySet().stream().filter(n -> !spec.services().containsKey(n.substring(ns.length() + 1)))
                    .forEach(n -> steps.add(new Step("service", n, Action.REMOVE, List.of("not in the compose file (--prune)"))));
        }
        versions.unused().forEach(o -> steps.add(new Step(o.kind().toLowerCase(), o.name(), Action.REMOVE,
                List.of("an earlier version, no longer used"))));
        return new StackPlan(ns, steps, warnings, spec, versions, byName, images);
    }

    private Step serviceStep(String name, Map<String, Object> spec, Doc current, String image, Map<String, String> networkIds) {
        if (current == null) {
            return new Step("service", name, Action.CREATE, List.of("new"));
        }
        List<String> causes = new ArrayList<>(SpecDiff.causes(spec, current.doc("Spec"), networkIds));
        String running = current.string("Spec", "TaskTemplate", "ContainerSpec", "Image");
        if (causes.stream().noneMatch(c -> c.startsWith("image ")) && image.contains("@") && !image.equals(running)) {
            causes.add("image digest changed on the registry");
        }
        return new Step("service", name, causes.isEmpty() ? Action.UNCHANGED : Action.UPDATE, causes);
    }

    /** Checks the external networks, plans the missing ones; returns name → ID of the networks that exist. */
    private Map<String, String> networks(StackSpec spec, Map<String, List<String>> filter, List<Step> steps) {
        Map<String, String> ids = new HashMap<>();
        swarm.networks(filter).forEach(n -> ids.put(n.string("Name"), n.string("Id")));
        for (String name : spec.externalNetworks()) {
            Doc n = swarm.network(name);
            if (n == null) {
                throw new StackException("network \"" + name + "\" is declared as external, but could not be found."
                        + " You need to create a swarm-scoped network before the stack is deployed");
            }
            if (!n.string("Scope").equals("swarm") && !List.of("host", "bridge", "none").contains(name)) {
                throw new StackException("network \"" + name + "\" is declared as external, but it is not in the right scope: \""
                        + n.string("Scope") + "\" instead of \"swarm\"");
            }
            ids.put(name, n.string("Id"));
        }
        spec.networks().keySet().stream().filter(n -> !ids.containsKey(n))
                .forEach(n -> steps.add(new Step("network", n, Action.CREATE, List.of("new"))));
        return ids;
    }

    static boolean notFound(EngineException e) {
        return e.reason() == EngineException.Reason.NOT_FOUND;
    }
}
