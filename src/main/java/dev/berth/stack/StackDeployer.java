package dev.berth.stack;

import dev.berth.compose.model.Project;
import dev.berth.stack.StackPlan.Action;
import dev.berth.stack.StackPlan.Step;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Carries out a {@link StackPlan} in the docker CLI's order, printing its lines; decides nothing itself. */
final class StackDeployer {
    private final SwarmGateway swarm;
    private final StackOutput output;

    StackDeployer(SwarmGateway swarm, StackOutput output) {
        this.swarm = swarm;
        this.output = output;
    }

    /** A service to wait for; {@code rolling}: its tasks are being replaced by an update that started at {@code since}. */
    record Awaited(String id, boolean rolling, java.time.Instant since) {}

    /** Returns the services created, updated or left as they were. */
    List<Awaited> deploy(Project project, StackPlan plan, DeployOptions options) {
        for (Step s : plan.steps("service")) {
            if (s.action() == Action.REMOVE) {
                output.out("Removing service " + s.name());
                swarm.services(Map.of("name", List.of(s.name()))).stream().filter(d -> d.string("Spec", "Name").equals(s.name()))
                        .forEach(d -> swarm.removeService(d.string("ID")));
            }
        }
        for (Step s : plan.steps("network")) {
            output.out("Creating network " + s.name());
            swarm.createNetwork(plan.spec().networks().get(s.name()));
        }
        ObjectVersions objects = plan.objects();
        for (ObjectVersions.NewObject o : objects.toCreate()) {
            output.out("Creating " + o.kind().toLowerCase() + " " + o.name());
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("Name", o.name());
            spec.put("Labels", o.labels());
            spec.put("Data", Base64.getEncoder().encodeToString(o.data()));
            objects.created(o.kind(), o.name(), swarm.createObject(o.kind().toLowerCase() + "s", spec));
        }
        externals(project, objects);
        StackSpec spec = StackConverter.convert(project, options.namespace(), objects);
        List<Awaited> ids = services(plan, spec, options);
        for (ObjectVersions.Old old : objects.unused()) {
            output.out("Removing " + old.kind().toLowerCase() + " " + old.name());
            swarm.removeObject(old.kind().toLowerCase() + "s", old.doc().string("ID"));
        }
        return ids;
    }

    private List<Awaited> services(StackPlan plan, StackSpec spec, DeployOptions options) {
        plan.warnings().stream().filter(w -> w.startsWith("image ")).distinct().forEach(output::err);
        List<java.util.function.Supplier<Awaited>> calls = new ArrayList<>();
        for (Step s : plan.steps("service")) {
            String key = s.name().substring(options.namespace().length() + 1);
            if (s.action() == Action.REMOVE) {
                continue;
            }
            Map<String, Object> service = withImage(spec.services().get(key), plan.images().get(key));
            Doc current = plan.services().get(key);
            if (s.action() == Action.CREATE) {
                output.out("Creating service " + s.name());
                calls.add(() -> {
                    Doc answer = call("create", s.name(), () -> swarm.createService(service, options.authFor(image(service))));
                    warnings(answer);
                    return new Awaited(answer.string("ID"), false, null);
                });
            } else if (s.action() == Action.UPDATE) {
                output.out("Updating service " + s.name() + " (id: " + current.string("ID") + ")");
                Doc.task(service).put("ForceUpdate", current.get("Spec", "TaskTemplate", "ForceUpdate"));
                calls.add(() -> {
                    java.time.Instant since = java.time.Instant.now().minusSeconds(1);
                    warnings(call("update", s.name(), () -> swarm.updateService(current.string("ID"),
                            current.number("Version", "Index"), service, options.authFor(image(service)))));
                    return new Awaited(current.string("ID"), rolls(s.causes()), since);
                });
            } else {
                calls.add(() -> new Awaited(current.string("ID"), false, null));
            }
        }
        return Parallel.all(calls, PARALLEL_CALLS);
    }

    /**
     * Service creates and updates at once, a few at a time: the docker CLI sends them one after the other, and with
     * 50 services their round trips to the manager add up (each is a Raft write there).
     */
    static final int PARALLEL_CALLS = 6;

    /** The docker CLI's words for a failed call: "failed to create service S: Error response from daemon: ...". */
    private static Doc call(String verb, String name, java.util.function.Supplier<Doc> request) {
        try {
            return request.get();
        } catch (dev.berth.engine.EngineException e) {
            if (e.reason() == dev.berth.engine.EngineException.Reason.UNREACHABLE) {
                throw e;
            }
            throw new StackException("failed to " + verb + " service " + name + ": " + e.getMessage());
        }
    }

    /** The service's image without the digest a deploy pinned it to. */
    private static String image(Map<String, Object> spec) {
        String image = new Doc(spec).string("TaskTemplate", "ContainerSpec", "Image");
        int at = image == null ? -1 : image.indexOf('@');
        return at < 0 ? image : image.substring(0, at);
    }

    /** Whether an update replaces tasks: anything but the count, the service's labels and its update settings. */
    private static boolean rolls(List<String> causes) {
        return causes.stream().anyMatch(c -> !c.startsWith("replicas ") && !c.equals("deploy.labels changed")
                && !c.equals("update_config changed") && !c.equals("rollback_config changed"));
    }

    private synchronized void warnings(Doc answer) {
        Object w = answer.get("Warnings");
        if (w instanceof List<?> list) {
            list.forEach(x -> output.err(String.valueOf(x)));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withImage(Map<String, Object> spec, ImageResolver.Resolved image) {
        Map<String, Object> copy = Doc.deepCopy(spec);
        Map<String, Object> task = Doc.task(copy);
        ((Map<String, Object>) task.get("ContainerSpec")).put("Image", image.image());
        if (image.platforms() != null) {
            ((Map<String, Object>) task.computeIfAbsent("Placement", k -> new LinkedHashMap<>())).putIfAbsent("Platforms", image.platforms());
        }
        return copy;
    }

    /** External secrets and configs must exist: their IDs go into the services' references. */
    private void externals(Project project, ObjectVersions objects) {
        objects.externals(project).forEach((name, kind) -> {
            Doc found = swarm.objects(kind.toLowerCase() + "s", Map.of("name", List.of(name))).stream()
                    .filter(d -> d.string("Spec", "Name").equals(name)).findFirst()
                    .orElseThrow(() -> new StackException(kind.toLowerCase() + " not found: " + name));
            objects.created(kind, name, found.string("ID"));
        });
    }
}
