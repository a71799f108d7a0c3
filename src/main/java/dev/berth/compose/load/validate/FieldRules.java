package dev.berth.compose.load.validate;

import dev.berth.compose.load.canonical.Trees;
import java.net.Inet6Address;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rules between the fields of one element that the schema cannot say, checked on a file's canonical
 * tree as the reference's validation does: device requests name either a count or device ids, a
 * published port's host_ip is an IP address, a watched path is not blank.
 */
final class FieldRules {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
            + "(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    private final Report report;

    FieldRules(Report report) {
        this.report = report;
    }

    void file(Map<String, Object> tree) {
        Map<String, Object> services = Trees.map(tree.get("services"));
        if (services == null) {
            return;
        }
        services.forEach((name, value) -> {
            Map<String, Object> s = Trees.map(value);
            if (s != null) {
                service("services." + name, s);
            }
        });
    }

    private void service(String path, Map<String, Object> s) {
        Map<String, Object> resources = Trees.map(Trees.map(s, "deploy"), "resources");
        requests(path + ".deploy.resources.reservations.devices",
                Trees.list(Trees.map(resources, "reservations"), "devices"));
        requests(path + ".gpus", Trees.list(s, "gpus"));
        each(Trees.list(s, "ports"), path + ".ports", (p, port) -> {
            if (port.get("host_ip") instanceof String ip && !isIp(ip)) {
                report.add(p + ".host_ip", "invalid ip address: " + ip,
                        "write an IPv4 or IPv6 address, such as 127.0.0.1");
            }
        });
        each(Trees.list(Trees.map(s, "develop"), "watch"), path + ".develop.watch", (p, watch) -> {
            if ("".equals(watch.get("path"))) {
                report.add(p + ".path", "value can't be blank", "name the file or directory to watch");
            }
        });
    }

    private void requests(String path, List<Object> requests) {
        each(requests, path, (p, r) -> {
            if (r.containsKey("count") && r.containsKey("device_ids")) {
                report.add(p + ".device_ids", "\"count\" and \"device_ids\" attributes are exclusive",
                        "ask for a number of devices or for devices by id, not both");
            }
        });
    }

    /** As Go's net.ParseIP: dotted IPv4 without leading zeros, or IPv6 without brackets or zone. */
    static boolean isIp(String ip) {
        if (IPV4.matcher(ip).matches()) {
            return true;
        }
        if (!ip.contains(":") || ip.contains("[") || ip.contains("%")) {
            return false;
        }
        try {
            Inet6Address.ofLiteral(ip);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private interface Visit {
        void accept(String path, Map<String, Object> item);
    }

    private static void each(List<Object> items, String path, Visit visit) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> m = Trees.map(items.get(i));
            if (m != null) {
                visit.accept(path + "[" + i + "]", m);
            }
        }
    }
}
