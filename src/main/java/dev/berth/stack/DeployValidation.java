package dev.berth.stack;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values of {@code deploy} that only a Swarm reads, checked before anything runs: each problem with its dotted
 * path (the CLI turns it into file:line:col) and the values allowed. The compose schema leaves these as strings.
 */
public final class DeployValidation {
    /** One invalid value: {@code path} as services.web.deploy.mode. */
    public record Invalid(String path, String message, String hint) {}

    private static final Map<String, List<String>> ALLOWED = Map.of(
            "mode", List.of("replicated", "global", "replicated-job", "global-job"),
            "endpoint_mode", List.of("vip", "dnsrr"),
            "restart_policy.condition", List.of("none", "on-failure", "any"),
            "update_config.failure_action", List.of("continue", "rollback", "pause"),
            "update_config.order", List.of("start-first", "stop-first"),
            "rollback_config.failure_action", List.of("continue", "pause"),
            "rollback_config.order", List.of("start-first", "stop-first"));

    private DeployValidation() {}

    public static List<Invalid> check(Project project) {
        List<Invalid> out = new ArrayList<>();
        for (Service s : project.services().values()) {
            Doc deploy = new Doc(s.tree()).doc("deploy");
            String base = "services." + s.name() + ".deploy.";
            ALLOWED.forEach((key, values) -> {
                Object v = deploy.get(key.split("\\."));
                if (v != null && !values.contains(String.valueOf(v))) {
                    out.add(new Invalid(base + key, "invalid value '" + v + "'", "one of " + String.join(", ", values)));
                }
            });
            String mode = deploy.string("mode");
            if ((mode.equals("global") || mode.equals("global-job")) && deploy.has("replicas")) {
                out.add(new Invalid(base + "replicas", "replicas can only be used with replicated or replicated-job mode",
                        "remove replicas, or use mode: replicated"));
            }
            if (s.image() == null || s.image().isEmpty()) {
                out.add(new Invalid("services." + s.name(), "invalid image reference for service " + s.name()
                        + ": no image specified", "a stack runs images from a registry: build and push it, then name it here"));
            }
        }
        out.sort(java.util.Comparator.comparing(Invalid::path));
        return out;
    }
}
