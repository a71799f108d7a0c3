package dev.berth.stack;

import dev.berth.stack.Values.Json;
import dev.berth.stack.Values.Keep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service's {@code deploy} section (and ports) in the Engine API's words, as the docker CLI converts them:
 * mode and replicas, resources, restart policy, placement, update and rollback config, endpoint.
 */
final class DeploySection {
    private final Doc deploy;

    DeploySection(Doc service) {
        this.deploy = service.doc("deploy");
    }

    Map<String, Object> mode() {
        String mode = deploy.string("mode");
        Long replicas = Values.integer(deploy.get("replicas"));
        boolean global = mode.equals("global") || mode.equals("global-job");
        if (global && replicas != null) {
            throw new StackException("replicas can only be used with replicated or replicated-job mode");
        }
        return switch (mode) {
            case "global" -> Map.of("Global", Map.of());
            case "global-job" -> Map.of("GlobalJob", Map.of());
            case "replicated-job" -> Map.of("ReplicatedJob", new Json().with("MaxConcurrent", replicas)
                    .with("TotalCompletions", replicas));
            case "replicated", "" -> Map.of("Replicated", new Keep().with("Replicas", replicas));
            default -> throw new StackException("unknown mode: " + mode);
        };
    }

    Map<String, Object> resources() {
        Doc limits = deploy.doc("resources", "limits");
        Doc reservations = deploy.doc("resources", "reservations");
        Keep out = new Keep();
        if (deploy.has("resources", "limits")) {
            out.with("Limits", new Json().with("NanoCPUs", Values.nanoCpus(limits.get("cpus")))
                    .with("MemoryBytes", Values.bytes(limits.get("memory"))).with("Pids", Values.integer(limits.get("pids"))));
        }
        if (deploy.has("resources", "reservations")) {
            out.with("Reservations", new Json().with("NanoCPUs", Values.nanoCpus(reservations.get("cpus")))
                    .with("MemoryBytes", Values.bytes(reservations.get("memory"))));
        }
        return out;
    }

    /**
     * deploy.restart_policy, else the service's {@code restart} read as the docker CLI reads it. Nothing more than
     * the file says: the engine fills its defaults on an update, and a task started from a spec that set them
     * explicitly then counts as changed (measured: the other tool's next deploy restarted every task).
     */
    Map<String, Object> restartPolicy(String restart) {
        if (deploy.has("restart_policy")) {
            Doc p = deploy.doc("restart_policy");
            return new Json().with("Condition", p.has("condition") ? p.string("condition") : null)
                    .with("Delay", Values.nanos(p.get("delay"))).with("MaxAttempts", Values.integer(p.get("max_attempts")))
                    .with("Window", Values.nanos(p.get("window")));
        }
        if (restart == null || restart.isEmpty() || restart.equals("no")) {
            return null;
        }
        String[] parts = restart.split(":", 2);
        Long attempts = parts.length > 1 ? Long.valueOf(parts[1]) : null;
        String condition = switch (parts[0]) {
            case "always", "unless-stopped" -> "any";
            case "on-failure" -> "on-failure";
            default -> throw new StackException("invalid restart policy: unknown policy '" + parts[0]
                    + "' (must be one of 'no', 'always', 'on-failure', or 'unless-stopped')");
        };
        return new Json().with("Condition", condition).with("MaxAttempts", attempts == null || attempts <= 0 ? null : attempts);
    }

    Map<String, Object> placement() {
        Doc p = deploy.doc("placement");
        List<Object> preferences = new ArrayList<>();
        p.docs("preferences").forEach(pref -> preferences.add(
                Map.of("Spread", Map.of("SpreadDescriptor", pref.string("spread")))));
        return new Keep().with("Constraints", Values.strings(p.get("constraints"))).with("Preferences", preferences)
                .with("MaxReplicas", Values.integer(p.get("max_replicas_per_node")));
    }

    /** update_config or rollback_config: parallelism 1 when the section is there and does not say. */
    Map<String, Object> updateConfig(String key) {
        if (!deploy.has(key)) {
            return null;
        }
        Doc u = deploy.doc(key);
        Json out = new Json();
        out.put("Parallelism", u.has("parallelism") ? Values.integer(u.get("parallelism")) : Long.valueOf(1));
        return out.with("Delay", Values.nanos(u.get("delay"))).with("FailureAction", blank(u.string("failure_action")))
                .with("Monitor", Values.nanos(u.get("monitor")))
                .with("MaxFailureRatio", u.get("max_failure_ratio") instanceof Number n ? n.doubleValue() : null)
                .with("Order", blank(u.string("order")));
    }

    Map<String, Object> endpoint(List<Doc> ports) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Doc port : ports) {
            String published = port.string("published");
            out.add(new Json().with("Protocol", port.has("protocol") ? port.string("protocol") : "tcp")
                    .with("TargetPort", port.number("target"))
                    .with("PublishedPort", published.isEmpty() ? null : Long.valueOf(published.split("-")[0]))
                    .with("PublishMode", port.has("mode") ? port.string("mode") : "ingress"));
        }
        out.sort(DeploySection::comparePorts);
        return new Keep().with("Mode", blank(deploy.string("endpoint_mode").toLowerCase())).with("Ports", out);
    }

    Map<String, String> labels() {
        return Values.stringMap(deploy.get("labels"));
    }

    private static int comparePorts(Map<String, Object> a, Map<String, Object> b) {
        int c = String.valueOf(a.get("Protocol")).compareTo(String.valueOf(b.get("Protocol")));
        c = c != 0 ? c : Long.compare(num(a.get("TargetPort")), num(b.get("TargetPort")));
        return c != 0 ? c : Long.compare(num(a.get("PublishedPort")), num(b.get("PublishedPort")));
    }

    private static long num(Object v) {
        return v instanceof Number n ? n.longValue() : 0;
    }

    static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
