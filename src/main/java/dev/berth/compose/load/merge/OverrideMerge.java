package dev.berth.compose.load.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges an override tree into a base tree like the reference's override/merge.go: mappings merge
 * recursively, sequences append, scalars are replaced, a null override keeps the base, and some
 * attributes have their own rule (see {@link #special}). The base is changed in place.
 */
public final class OverrideMerge {

    /** Thrown when a mapping is overridden by a non-mapping or a sequence by a non-sequence. */
    public static final class MergeException extends Exception {
        public MergeException(String message) {
            super(message);
        }
    }

    private OverrideMerge() {}

    public static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override)
            throws MergeException {
        return mappings(base, override, new ArrayList<>());
    }

    /** Merges a service into the service it extends (paths are matched as {@code services.x}). */
    public static Map<String, Object> extend(Map<String, Object> base, Map<String, Object> service)
            throws MergeException {
        return mappings(base, service, new ArrayList<>(List.of("services", "x")));
    }

    @SuppressWarnings("unchecked")
    static Object merge(Object base, Object override, List<String> path) throws MergeException {
        Rule rule = special(path);
        if (rule != null) {
            return rule.apply(base, override, path);
        }
        if (override == null) {
            return base;
        }
        if (base instanceof Map<?, ?> m) {
            if (!(override instanceof Map<?, ?> o)) {
                throw new MergeException("cannot override " + String.join(".", path));
            }
            return mappings((Map<String, Object>) m, (Map<String, Object>) o, path);
        }
        if (base instanceof List<?> l) {
            if (!(override instanceof List<?> o)) {
                throw new MergeException("cannot override " + String.join(".", path));
            }
            List<Object> out = new ArrayList<>(l);
            out.addAll(o);
            return out;
        }
        return override;
    }

    static Map<String, Object> mappings(Map<String, Object> base, Map<String, Object> override, List<String> path)
            throws MergeException {
        Map<String, Object> out = base == null ? new LinkedHashMap<>() : base;
        if (override == null) {
            return out;
        }
        for (Map.Entry<String, Object> e : override.entrySet()) {
            if (!out.containsKey(e.getKey())) {
                out.put(e.getKey(), e.getValue());
                continue;
            }
            path.add(e.getKey());
            out.put(e.getKey(), merge(out.get(e.getKey()), e.getValue(), path));
            path.removeLast();
        }
        return out;
    }

    interface Rule {
        Object apply(Object base, Object override, List<String> path) throws MergeException;
    }

    private static Rule special(List<String> path) {
        if (path.size() < 3 || !path.getFirst().equals("services")) {
            if (path.size() == 4 && path.get(2).equals("ipam") && path.get(3).equals("config")
                    && path.getFirst().equals("networks")) {
                return MergeRules::ipamConfig;
            }
            if (path.size() == 3 && path.get(2).equals("labels")
                    && (path.getFirst().equals("networks") || path.getFirst().equals("volumes"))) {
                return MergeRules::toSequence;
            }
            return null;
        }
        String rest = String.join(".", path.subList(2, path.size()));
        return switch (rest) {
            case "annotations", "build.args", "build.additional_contexts", "build.labels", "deploy.labels", "dns",
                 "dns_opt", "dns_search", "env_file", "label_file", "environment", "labels", "sysctls", "tmpfs" ->
                    MergeRules::toSequence;
            case "build.extra_hosts", "extra_hosts" -> MergeRules::extraHosts;
            case "build" -> MergeRules::build;
            case "command", "entrypoint", "healthcheck.test" -> (b, o, p) -> o;
            case "depends_on" -> MergeRules::dependsOn;
            case "logging" -> MergeRules::logging;
            case "models", "networks" -> MergeRules::toMapping;
            default -> path.size() == 4 && path.get(2).equals("ulimits") ? MergeRules::ulimit
                    : path.size() == 6 && path.get(2).equals("volumes") && path.get(4).equals("volume")
                      && path.get(5).equals("labels") ? MergeRules::toSequence : null;
        };
    }
}
