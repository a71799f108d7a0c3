package dev.berth.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Why a service needs an update: the desired spec against the one the engine holds, section by section, in
 * compose words. The engine fills defaults into what it stores (update_config, restart_policy, endpoint mode...), so
 * those sections compare only the values the file sets; lists and labels compare exactly.
 */
final class SpecDiff {
    private static final Set<String> DEFAULTED = Set.of("RestartPolicy", "UpdateConfig", "RollbackConfig", "StopGracePeriod");
    private static final Map<String, String> CONTAINER = sections("Command", "entrypoint", "Args", "command",
            "Env", "environment", "Labels", "labels", "Healthcheck", "healthcheck", "Mounts", "volumes",
            "Secrets", "secrets", "Configs", "configs", "User", "user", "Dir", "working_dir", "Hostname", "hostname",
            "Hosts", "extra_hosts", "StopGracePeriod", "stop_grace_period", "StopSignal", "stop_signal", "Init", "init",
            "TTY", "tty", "ReadOnly", "read_only", "Sysctls", "sysctls", "CapabilityAdd", "cap_add",
            "CapabilityDrop", "cap_drop");
    private static final Map<String, String> TASK = sections("Resources", "resources", "RestartPolicy", "restart_policy",
            "Placement", "placement", "LogDriver", "logging");
    private static final Map<String, String> SERVICE = sections("UpdateConfig", "update_config",
            "RollbackConfig", "rollback_config", "Labels", "deploy.labels");

    private SpecDiff() {}

    /** The causes, empty when the engine already runs this spec. {@code networkIds}: network name → ID. */
    static List<String> causes(Map<String, Object> desired, Doc existing, Map<String, String> networkIds) {
        List<String> causes = new ArrayList<>();
        Doc want = new Doc(desired);
        String image = want.string("TaskTemplate", "ContainerSpec", "Image");
        String had = existing.labels("Labels").getOrDefault(ServiceConverter.IMAGE, existing.string("TaskTemplate", "ContainerSpec", "Image"));
        if (!image.equals(had)) {
            causes.add("image " + had + " → " + image);
        }
        String replicas = replicas(want.doc("Mode"));
        String hadReplicas = replicas(existing.doc("Mode"));
        if (!replicas.equals(hadReplicas)) {
            causes.add((replicas.matches("[0-9]+") && hadReplicas.matches("[0-9]+") ? "replicas " : "mode ") + hadReplicas + " → " + replicas);
        }
        compare(CONTAINER, want.doc("TaskTemplate", "ContainerSpec"), existing.doc("TaskTemplate", "ContainerSpec"), causes);
        compare(TASK, want.doc("TaskTemplate"), existing.doc("TaskTemplate"), causes);
        compare(SERVICE, want, existing, causes);
        if (!same(ports(want), ports(existing))) {
            causes.add("ports changed");
        }
        String mode = want.string("EndpointSpec", "Mode").isEmpty() ? "vip" : want.string("EndpointSpec", "Mode");
        if (!mode.equals(existing.string("EndpointSpec", "Mode").isEmpty() ? "vip" : existing.string("EndpointSpec", "Mode"))) {
            causes.add("endpoint_mode changed");
        }
        if (!same(networks(want, networkIds), networks(existing, Map.of()))) {
            causes.add("networks changed");
        }
        return causes;
    }

    private static void compare(Map<String, String> sections, Doc want, Doc have, List<String> causes) {
        sections.forEach((key, words) -> {
            Object w = normal(want.get(key));
            Object h = normal(have.get(key));
            if (key.equals("Labels") && want.has("Name")) { // the service's labels: the image label is the image's cause
                w = without(w, ServiceConverter.IMAGE);
                h = without(h, ServiceConverter.IMAGE);
            }
            if (key.equals("Placement") && h instanceof Map<?, ?> m) {
                m.remove("Platforms"); // set by the client that resolved the image, not by the file
                h = normal(m);
            }
            boolean equal = DEFAULTED.contains(key) ? w == null || subset(w, h) : same(w, h);
            if (!equal) {
                causes.add(words + " changed");
            }
        });
    }

    private static Object without(Object labels, String key) {
        if (!(labels instanceof Map<?, ?> m)) {
            return labels;
        }
        Map<Object, Object> out = new LinkedHashMap<>(m);
        out.remove(key);
        return normal(out);
    }

    private static String replicas(Doc mode) {
        if (mode.has("Replicated")) {
            return mode.has("Replicated", "Replicas") ? mode.string("Replicated", "Replicas") : "1";
        }
        return mode.root().keySet().stream().findFirst().orElse("Replicated").toLowerCase();
    }

    private static Object ports(Doc spec) {
        return normal(spec.get("EndpointSpec", "Ports"));
    }

    private static List<String> networks(Doc spec, Map<String, String> ids) {
        List<String> out = new ArrayList<>();
        spec.docs("TaskTemplate", "Networks").forEach(n -> out.add(ids.getOrDefault(n.string("Target"), n.string("Target"))
                + " " + normal(n.get("Aliases"))));
        out.sort(null);
        return out;
    }

    private static boolean same(Object a, Object b) {
        return Objects.equals(normal(a), normal(b));
    }

    /** Whether every value {@code want} sets is the same in {@code have}. */
    private static boolean subset(Object want, Object have) {
        if (want instanceof Map<?, ?> w && have instanceof Map<?, ?> h) {
            return w.entrySet().stream().allMatch(e -> subset(e.getValue(), h.get(e.getKey())));
        }
        return same(want, have);
    }

    /** Drops what means "not set" (null, empty, false) and reads every number as a long or a double. */
    static Object normal(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> {
                Object n = normal(x);
                if (n != null) {
                    out.put(String.valueOf(k), n);
                }
            });
            return out.isEmpty() ? null : out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(normal(x)));
            return out.isEmpty() ? null : out;
        }
        if (v instanceof Number n) {
            return n.doubleValue() == Math.rint(n.doubleValue()) ? (Object) n.longValue() : (Object) n.doubleValue();
        }
        return Boolean.FALSE.equals(v) || "".equals(v) ? null : v;
    }

    private static Map<String, String> sections(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
