package dev.berth.compose.load.canonical;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** extra_hosts: list ("host:ip" or "host=ip") or mapping, printed as a sorted list of host=ip. */
final class Hosts {
    private Hosts() {}

    static Object list(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof Map<?, ?> m) {
            m.forEach((host, ips) -> {
                if (ips instanceof List<?> l) {
                    l.forEach(ip -> out.add(entry(String.valueOf(host), Trees.text(ip))));
                } else {
                    out.add(entry(String.valueOf(host), ips == null ? "" : Trees.text(ips)));
                }
            });
        } else if (v instanceof List<?> l) {
            for (Object item : l) {
                String s = Trees.text(item);
                int eq = s.indexOf('=');
                int cut = eq >= 0 ? eq : s.indexOf(':');
                if (cut < 0) {
                    throw new IllegalArgumentException("invalid additional host, missing IP: " + s);
                }
                for (String ip : s.substring(cut + 1).split(",")) {
                    out.add(entry(s.substring(0, cut), ip));
                }
            }
        } else {
            return v;
        }
        out.sort(null);
        return new ArrayList<Object>(out);
    }

    private static String entry(String host, String ip) {
        if (host.isEmpty() || host.contains(":") || host.contains("=")) {
            throw new IllegalArgumentException("bad host name '" + host + "'");
        }
        String clean = ip.length() > 2 && ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
        return host + "=" + clean;
    }
}
