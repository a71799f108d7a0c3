package dev.berth.stack;

import dev.berth.engine.EngineException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Changes to one service of a stack as {@code docker service scale}, {@code update --image} and {@code rollback}
 * make them: the stored spec with one value changed, sent back at the stored version (the engine refuses a stale
 * one, so two people changing a service at once do not overwrite each other).
 */
final class ServiceChanges {
    private final SwarmGateway swarm;

    ServiceChanges(SwarmGateway swarm) {
        this.swarm = swarm;
    }

    List<String> scale(String namespace, String service, long replicas) {
        if (replicas < 0) {
            throw new StackException("invalid replicas value for " + service + ": " + replicas);
        }
        return change(namespace, service, "scale", spec -> {
            Map<String, Object> mode = map(spec, "Mode");
            if (!mode.containsKey("Replicated")) {
                throw new StackException(service + ": scale can only be used with replicated or replicated-job mode");
            }
            map(mode, "Replicated").put("Replicas", replicas);
        });
    }

    List<String> image(String namespace, String service, String image) {
        if (image == null || image.isBlank()) {
            throw new StackException("no image given for " + service);
        }
        return change(namespace, service, "update", spec -> map(map(spec, "TaskTemplate"), "ContainerSpec").put("Image", image.strip()));
    }

    List<String> rollback(String namespace, String service) {
        Doc current = find(namespace, service);
        return call("roll back", current, () -> swarm.rollbackService(current.string("ID"), current.number("Version", "Index"),
                spec(current)));
    }

    private List<String> change(String namespace, String service, String verb, Consumer<Map<String, Object>> edit) {
        Doc current = find(namespace, service);
        Map<String, Object> spec = spec(current);
        edit.accept(spec);
        return call(verb, current, () -> swarm.updateService(current.string("ID"), current.number("Version", "Index"), spec, null));
    }

    /** The service by its name on the Swarm ({@code stack_web}) or its key in the file ({@code web}). */
    Doc find(String namespace, String service) {
        Swarms.requireManager(swarm);
        String name = service.startsWith(namespace + "_") ? service : namespace + "_" + service;
        return swarm.services(Swarms.stackFilter(namespace)).stream().filter(d -> d.string("Spec", "Name").equals(name))
                .findFirst().orElseThrow(() -> new StackException("service " + name + " not found in stack " + namespace));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(Doc service) {
        return Doc.deepCopy((Map<String, Object>) service.get("Spec"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.computeIfAbsent(key, k -> new java.util.LinkedHashMap<>());
    }

    /** Returns the engine's warnings. */
    private static List<String> call(String verb, Doc service, java.util.function.Supplier<Doc> request) {
        try {
            return request.get().get("Warnings") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        } catch (EngineException e) {
            if (e.reason() == EngineException.Reason.UNREACHABLE) {
                throw e;
            }
            throw new StackException("failed to " + verb + " service " + service.string("Spec", "Name") + ": " + e.getMessage());
        }
    }
}
