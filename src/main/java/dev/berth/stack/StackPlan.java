package dev.berth.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a deploy will do, each step with its cause, before anything runs: the preview prints it, the deployer
 * follows it. {@code spec}, {@code objects} and {@code services} carry what the deployer needs.
 */
public record StackPlan(String namespace, List<Step> steps, List<String> warnings, StackSpec spec, ObjectVersions objects,
                        Map<String, Doc> services, Map<String, ImageResolver.Resolved> images) {
    public StackPlan {
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
        services = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(services)); // null: not there yet
        images = Map.copyOf(images);
    }

    public enum Action { CREATE, UPDATE, UNCHANGED, REMOVE }

    /** One object: kind is network, secret, config or service; name is the object's name on the Swarm. */
    public record Step(String kind, String name, Action action, List<String> causes) {
        public Step {
            causes = List.copyOf(causes);
        }

        public String line() {
            String verb = switch (action) {
                case CREATE -> "create";
                case UPDATE -> "update";
                case UNCHANGED -> "unchanged";
                case REMOVE -> "remove";
            };
            return kind + " " + name + ": " + verb + (causes.isEmpty() ? "" : " (" + String.join("; ", causes) + ")");
        }
    }

    public List<Step> steps(String kind) {
        return steps.stream().filter(s -> s.kind.equals(kind)).toList();
    }

    /** The preview, one line a step, in the order they run. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        steps.forEach(s -> out.add(s.line()));
        return out;
    }
}
