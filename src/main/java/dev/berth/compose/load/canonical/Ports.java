package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/** services.*.ports: short syntax {@code [IP:][HOST[-range]:]CONTAINER[-range][/proto]} into long form entries. */
final class Ports {
    private Ports() {}

    static List<Object> file(Object value, String path, Shape shape) {
        List<Object> in = Trees.list(value);
        if (in == null) {
            return null;
        }
        List<Object> out = Trees.newList();
        for (int i = 0; i < in.size(); i++) {
            Object entry = in.get(i);
            if (entry instanceof Map<?, ?>) {
                out.add(entry);
            } else if (entry instanceof String || entry instanceof Number) {
                try {
                    out.addAll(parse(Trees.text(entry)));
                } catch (IllegalArgumentException e) {
                    shape.problem(path + "[" + i + "]", e.getMessage());
                }
            } else {
                out.add(entry);
            }
        }
        return out;
    }

    /** Parses one short-syntax port; a container range expands into one entry per port. */
    static List<Map<String, Object>> parse(String spec) {
        String protocol = "tcp";
        String rest = spec;
        int slash = rest.lastIndexOf('/');
        if (slash >= 0) {
            protocol = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        String hostIp = null;
        String published = null;
        String container;
        int lastColon = rest.lastIndexOf(':');
        if (lastColon < 0) {
            container = rest;
        } else {
            container = rest.substring(lastColon + 1);
            String head = rest.substring(0, lastColon);
            int ipEnd = head.startsWith("[") ? head.indexOf("]:") + 1 : head.lastIndexOf(':');
            if (!head.startsWith("[") && head.indexOf(':') != ipEnd) {
                throw new IllegalArgumentException("invalid port " + quoted(spec) + ": too many colons");
            }
            if (head.startsWith("[") && ipEnd == 0) {
                throw new IllegalArgumentException("invalid port " + quoted(spec));
            }
            if (ipEnd > 0) {
                hostIp = head.substring(0, ipEnd);
                published = head.substring(ipEnd + 1);
            } else {
                published = head;
            }
            if (hostIp != null && hostIp.startsWith("[") && hostIp.endsWith("]")) {
                hostIp = hostIp.substring(1, hostIp.length() - 1);
            }
        }
        return expand(spec, hostIp, published, container, protocol);
    }

    private static List<Map<String, Object>> expand(String spec, String hostIp, String published, String container,
                                                    String protocol) {
        long[] targets = range(container, spec);
        long[] hosts = published == null || published.isEmpty() ? null : range(published, spec);
        long count = targets[1] - targets[0] + 1;
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (long t = targets[0]; t <= targets[1]; t++) {
            String pub = null;
            if (hosts != null) {
                if (count == 1) {
                    pub = hosts[0] == hosts[1] ? String.valueOf(hosts[0]) : hosts[0] + "-" + hosts[1];
                } else if (hosts[1] - hosts[0] + 1 == count) {
                    pub = String.valueOf(hosts[0] + (t - targets[0]));
                } else {
                    throw new IllegalArgumentException("invalid ranges specified for container and host Ports: "
                            + quoted(spec));
                }
            }
            out.add(entry(hostIp, t, pub, protocol));
        }
        return out;
    }

    static Map<String, Object> entry(String hostIp, long target, String published, String protocol) {
        Map<String, Object> m = Trees.newMap();
        m.put("mode", "ingress");
        if (hostIp != null && !hostIp.isEmpty()) {
            m.put("host_ip", hostIp);
        }
        m.put("target", target);
        if (published != null) {
            m.put("published", published);
        }
        m.put("protocol", protocol);
        return m;
    }

    private static long[] range(String text, String spec) {
        int dash = text.indexOf('-');
        try {
            if (dash < 0) {
                long p = Long.parseLong(text.trim());
                if (p < 0 || p > 65535) {
                    throw new IllegalArgumentException("invalid port " + quoted(spec) + ": " + p + " is out of range");
                }
                return new long[] {p, p};
            }
            long lo = Long.parseLong(text.substring(0, dash).trim());
            long hi = Long.parseLong(text.substring(dash + 1).trim());
            if (hi < lo || hi > 65535) {
                throw new IllegalArgumentException("invalid port range " + quoted(text));
            }
            return new long[] {lo, hi};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid port " + quoted(spec) + ": " + quoted(text) + " is not a number");
        }
    }

    private static String quoted(String s) {
        return "'" + s + "'";
    }

    /** Defaults for long-form entries after merge: mode ingress, protocol tcp, published as a string. */
    static void project(List<Object> ports, String path, Shape shape) {
        if (ports == null) {
            return;
        }
        for (int i = 0; i < ports.size(); i++) {
            Map<String, Object> p = Trees.map(ports.get(i));
            if (p == null) {
                continue;
            }
            if (p.get("target") == null) {
                shape.problem(path + "[" + i + "]", "port is missing a target", "add 'target: <container port>'");
            }
            Map<String, Object> m = Trees.newMap();
            put(m, "name", p.get("name"));
            m.put("mode", p.getOrDefault("mode", "ingress"));
            put(m, "host_ip", p.get("host_ip"));
            m.put("target", Scalars.integer(p.get("target")));
            if (p.get("published") != null) {
                m.put("published", Trees.text(p.get("published")));
            }
            m.put("protocol", p.getOrDefault("protocol", "tcp"));
            put(m, "app_protocol", p.get("app_protocol"));
            p.forEach((k, v) -> {
                if (!m.containsKey(k) && k.startsWith("x-")) {
                    m.put(k, v);
                }
            });
            ports.set(i, m);
        }
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
