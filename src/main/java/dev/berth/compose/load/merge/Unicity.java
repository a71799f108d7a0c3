package dev.berth.compose.load.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes redefinitions in sequences that act as sets (reference override/uncity.go): a later entry
 * with the same key replaces the earlier one in its position.
 */
public final class Unicity {
    private Unicity() {}

    @SuppressWarnings("unchecked")
    public static void enforce(Map<String, Object> tree) {
        Map<String, Object> services = tree.get("services") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
        if (services != null) {
            for (Object s : services.values()) {
                if (s instanceof Map<?, ?> service) {
                    service((Map<String, Object>) service);
                }
            }
        }
        if (tree.get("networks") instanceof Map<?, ?> networks) {
            for (Object n : networks.values()) {
                if (n instanceof Map<?, ?> network) {
                    Map<String, Object> net = (Map<String, Object>) network;
                    dedupe(net, "labels", Unicity::keyValue);
                    if (net.get("ipam") instanceof Map<?, ?> ipam) {
                        dedupe((Map<String, Object>) ipam, "options", Unicity::keyValue);
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void service(Map<String, Object> s) {
        for (String key : List.of("annotations", "cap_add", "cap_drop", "dns", "dns_opt", "dns_search",
                "environment", "labels", "links", "profiles", "sysctls", "tmpfs")) {
            dedupe(s, key, Unicity::keyValue);
        }
        dedupe(s, "devices", Unicity::device);
        dedupe(s, "configs", v -> mount("", v));
        dedupe(s, "secrets", v -> mount("/run/secrets", v));
        dedupe(s, "env_file", Unicity::envFile);
        dedupe(s, "expose", GoText::of);
        dedupe(s, "ports", Unicity::port);
        dedupe(s, "volumes", Unicity::volume);
        if (s.get("build") instanceof Map<?, ?> b) {
            for (String key : List.of("args", "additional_contexts", "tags", "labels")) {
                dedupe((Map<String, Object>) b, key, Unicity::keyValue);
            }
        }
        if (s.get("deploy") instanceof Map<?, ?> d) {
            dedupe((Map<String, Object>) d, "labels", Unicity::keyValue);
        }
        if (s.get("networks") instanceof Map<?, ?> nets) {
            for (Object n : nets.values()) {
                if (n instanceof Map<?, ?> net) {
                    dedupe((Map<String, Object>) net, "aliases", Unicity::keyValue);
                    dedupe((Map<String, Object>) net, "link_local_ips", Unicity::keyValue);
                }
            }
        }
    }

    private static void dedupe(Map<String, Object> parent, String key, java.util.function.Function<Object, String> index) {
        if (!(parent.get(key) instanceof List<?> list) || list.size() < 2) {
            return;
        }
        List<Object> out = new ArrayList<>(list.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Object entry : list) {
            String k = index.apply(entry);
            Integer at = seen.get(k);
            if (at != null) {
                out.set(at, entry);
            } else {
                seen.put(k, out.size());
                out.add(entry);
            }
        }
        parent.put(key, out);
    }

    private static String keyValue(Object v) {
        String s = GoText.of(v);
        int eq = s.indexOf('=');
        return eq >= 0 ? s.substring(0, eq) : s;
    }

    private static String volume(Object v) {
        if (v instanceof Map<?, ?> m) {
            return GoText.of(m.get("target"));
        }
        String[] parts = String.valueOf(v).split(":");
        return parts.length == 1 ? parts[0] : parts[1];
    }

    private static String device(Object v) {
        if (v instanceof Map<?, ?> m) {
            return GoText.of(m.get("target"));
        }
        String[] parts = String.valueOf(v).split(":");
        return parts.length == 1 ? parts[0] : parts[1];
    }

    private static String mount(String defaultPath, Object v) {
        if (v instanceof Map<?, ?> m) {
            return m.get("target") != null ? GoText.of(m.get("target")) : defaultPath + "/" + m.get("source");
        }
        return defaultPath + "/" + v;
    }

    private static String envFile(Object v) {
        return v instanceof Map<?, ?> m ? GoText.of(m.get("path")) : GoText.of(v);
    }

    private static String port(Object v) {
        if (v instanceof Map<?, ?> m) {
            Object host = m.containsKey("host_ip") ? m.get("host_ip") : "0.0.0.0";
            Object protocol = m.containsKey("protocol") ? m.get("protocol") : "tcp";
            return host + ":" + GoText.of(m.get("published")) + ":" + GoText.of(m.get("target")) + "/" + protocol;
        }
        return GoText.of(v);
    }
}
