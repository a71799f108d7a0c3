package dev.berth.engine;

import dev.berth.compose.load.ModelBinder;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code use_api_socket}, as the reference does it on the client before create: each such service gets the
 * engine's socket bind-mounted, {@code DOCKER_CONFIG=/run/secrets/docker} (unless it sets the variable) and a
 * config holding the caller's registry credentials at {@code /run/secrets/docker/config.json}. The config hash
 * is then taken of the service so rewritten, as the reference's is.
 */
final class ApiSocket {
    static final String CONFIG = "#apisocket";
    private static final String SOCKET = "/var/run/docker.sock";

    private ApiSocket() {}

    static Project apply(Project project, java.util.function.Supplier<String> credentials) {
        if (project.services().values().stream().noneMatch(ApiSocket::uses) || project.configs().containsKey(CONFIG)) {
            return project; // none asks, or rewritten already (run's dependencies go through up)
        }
        Map<String, Object> tree = copy(project.tree());
        Map<String, Object> services = map(tree, "services");
        for (Service s : project.services().values()) {
            if (uses(s)) {
                rewrite(map(services, s.name()));
            }
        }
        map(tree, "configs").put(CONFIG, new LinkedHashMap<>(Map.of("content", credentials.get())));
        Map<String, Object> disabled = new LinkedHashMap<>();
        project.disabledServices().forEach((name, s) -> disabled.put(name, s.tree()));
        return ModelBinder.bind(tree, disabled, project.activeProfiles(), project.configFiles(), project.workingDir(),
                project.environment());
    }

    private static boolean uses(Service s) {
        return Boolean.TRUE.equals(s.tree().get("use_api_socket"));
    }

    private static void rewrite(Map<String, Object> service) {
        list(service, "volumes").add(new LinkedHashMap<>(Map.of("type", "bind", "source", SOCKET, "target", SOCKET)));
        Map<String, Object> environment = map(service, "environment");
        if (!environment.containsKey("DOCKER_CONFIG")) {
            environment.put("DOCKER_CONFIG", "/run/secrets/docker");
        }
        list(service, "configs").add(new LinkedHashMap<>(Map.of("source", CONFIG,
                "target", "/run/secrets/docker/config.json")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> parent, String key) {
        return (List<Object>) parent.computeIfAbsent(key, k -> new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, copy(v)));
            return (T) out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(copy(v)));
            return (T) out;
        }
        return value;
    }
}
