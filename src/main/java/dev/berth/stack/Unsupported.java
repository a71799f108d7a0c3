package dev.berth.stack;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Service keys a Swarm does not honour, reported as the docker CLI reports them: "Ignoring unsupported options"
 * (its UnsupportedProperties) and "Ignoring deprecated options" (its DeprecatedProperties). Keys it refuses
 * outright (volumes_from, cpu_shares...) are refused here too, with its reason.
 */
final class Unsupported {
    private static final List<String> IGNORED = List.of("build", "cgroupns_mode", "cgroup_parent", "devices",
            "domainname", "external_links", "ipc", "links", "mac_address", "network_mode", "pid", "privileged",
            "restart", "security_opt", "shm_size", "userns_mode");
    private static final Map<String, String> DEPRECATED = Map.of(
            "container_name", "Setting the container name is not supported.",
            "expose", "Exposing ports is unnecessary - services on the same network can access each other's containers on any port.");
    private static final Map<String, String> FORBIDDEN = Map.of(
            "volumes_from", "To share a volume between services, define it using the top-level `volumes` option and reference it from each service that shares it using the service-level `volumes` option.",
            "cpu_quota", "Set resource limits using deploy.resources",
            "cpu_shares", "Set resource limits using deploy.resources",
            "cpuset", "Set resource limits using deploy.resources",
            "mem_limit", "Set resource limits using deploy.resources",
            "memswap_limit", "Set resource limits using deploy.resources");

    private Unsupported() {}

    static List<String> warnings(Project project) {
        TreeSet<String> ignored = new TreeSet<>();
        Map<String, String> deprecated = new TreeMap<>();
        Map<String, String> forbidden = new TreeMap<>();
        for (Service s : project.services().values()) {
            IGNORED.stream().filter(k -> s.tree().containsKey(k)).forEach(ignored::add);
            DEPRECATED.forEach((k, why) -> {
                if (s.tree().containsKey(k)) {
                    deprecated.put(k, why);
                }
            });
            FORBIDDEN.forEach((k, why) -> {
                if (s.tree().containsKey(k)) {
                    forbidden.put(k, why);
                }
            });
        }
        if (!forbidden.isEmpty()) {
            throw new StackException("compose file contains unsupported options:\n\n" + lines(forbidden) + "\n");
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        if (!ignored.isEmpty()) {
            out.add("Ignoring unsupported options: " + String.join(", ", ignored) + "\n");
        }
        if (!deprecated.isEmpty()) {
            out.add("Ignoring deprecated options:\n\n" + lines(deprecated) + "\n");
        }
        return out;
    }

    private static String lines(Map<String, String> properties) {
        List<String> out = new java.util.ArrayList<>();
        properties.forEach((k, v) -> out.add(k + ": " + v));
        return String.join("\n\n", out);
    }
}
