package dev.berth.engine;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@link ContainerSpec.Extras} of a service's container {@code n}, read from its tree as the reference reads it. */
final class ExtrasBuilder {
    private ExtrasBuilder() {}

    static ContainerSpec.Extras build(Project project, Service s, int number, List<String> binds, String macAddress) {
        Tree t = new Tree(s.tree());
        return new ContainerSpec.Extras(binds, t.string("logging", "driver"), t.stringMap("logging", "options"),
                devices(t), t.string("cgroup_parent"), links(project, s, number), t.strings("dns_search"),
                t.strings("dns_opt"), t.string("domainname"), macAddress, t.string("userns_mode"), t.string("uts"),
                integer(t.get("oom_score_adj")), t.bool("oom_kill_disable"), t.strings("device_cgroup_rules"),
                t.stringMap("annotations"), t.string("isolation"), t.string("runtime"), cpu(t),
                Tree.bytes(t.get("memswap_limit")), longValue(t.get("mem_swappiness")), blkio(t),
                t.stringMap("storage_opt"), t.string("cgroup"), t.string("volume_driver"),
                t.strings("security_opt").contains("systempaths=unconfined"), deviceRequests(t));
    }

    /** The reference's order: deploy's device reservations, then gpus, whose capabilities gain "gpu". */
    private static List<ContainerSpec.DeviceRequest> deviceRequests(Tree t) {
        List<ContainerSpec.DeviceRequest> out = new ArrayList<>();
        if (t.get("deploy", "resources", "reservations", "devices") instanceof List<?> list) {
            list.forEach(o -> out.add(deviceRequest(Tree.of(o), List.of())));
        }
        if (t.get("gpus") instanceof List<?> list) {
            list.forEach(o -> out.add(deviceRequest(Tree.of(o), List.of("gpu"))));
        }
        return out;
    }

    private static ContainerSpec.DeviceRequest deviceRequest(Tree d, List<String> extraCapabilities) {
        List<String> capabilities = new ArrayList<>(d.strings("capabilities"));
        capabilities.addAll(extraCapabilities);
        Integer count = integer(d.get("count"));
        return new ContainerSpec.DeviceRequest(d.string("driver"), count == null ? 0 : count, d.strings("device_ids"),
                capabilities, d.stringMap("options"));
    }

    private static List<ContainerSpec.Device> devices(Tree t) {
        List<ContainerSpec.Device> out = new ArrayList<>();
        if (t.get("devices") instanceof List<?> list) {
            for (Object o : list) {
                Tree d = Tree.of(o);
                if (o instanceof String text) {
                    String[] p = text.split(":");
                    out.add(new ContainerSpec.Device(p[0], p.length > 1 ? p[1] : p[0], p.length > 2 ? p[2] : "rwm"));
                } else {
                    out.add(new ContainerSpec.Device(d.string("source"), d.string("target"), d.string("permissions")));
                }
            }
        }
        return out;
    }

    /**
     * The reference's getLinks: per container of a linked service, {@code name:alias}, {@code name:service-n} and
     * {@code name:project-service-n} (n being this container's number, as it writes it), then external links.
     */
    static List<String> links(Project project, Service s, int number) {
        List<String> out = new ArrayList<>();
        for (String raw : s.links()) {
            String[] split = raw.split(":");
            String alias = split.length == 2 ? split[1] : split[0];
            Service linked = project.services().get(split[0]);
            if (linked == null) {
                continue;
            }
            for (int i = 1; i <= linked.scale(); i++) {
                String name = SpecBuilder.containerName(project, linked, i);
                out.add(name + ":" + alias);
                out.add(name + ":" + split[0] + "-" + number);
                out.add(name + ":" + project.name() + "-" + split[0] + "-" + number);
            }
        }
        for (String raw : new Tree(s.tree()).strings("external_links")) {
            String[] split = raw.split(":");
            out.add(split[0] + ":" + (split.length == 2 ? split[1] : split[0]));
        }
        return out;
    }

    private static ContainerSpec.Cpu cpu(Tree t) {
        Object percent = t.get("cpu_percent");
        return new ContainerSpec.Cpu(integer(t.get("cpu_shares")), longValue(t.get("cpu_quota")),
                longValue(t.get("cpu_period")), t.string("cpuset"), longValue(t.get("cpu_rt_period")),
                longValue(t.get("cpu_rt_runtime")), longValue(t.get("cpu_count")),
                percent == null ? null : (long) (Double.parseDouble(String.valueOf(percent)) * 100));
    }

    private static ContainerSpec.Blkio blkio(Tree t) {
        if (!(t.get("blkio_config") instanceof Map<?, ?>)) {
            return ContainerSpec.Blkio.NONE;
        }
        return new ContainerSpec.Blkio(integer(t.get("blkio_config", "weight")), rates(t, "weight_device", "Weight"),
                rates(t, "device_read_bps", "Rate"), rates(t, "device_read_iops", "Rate"),
                rates(t, "device_write_bps", "Rate"), rates(t, "device_write_iops", "Rate"));
    }

    private static List<ContainerSpec.Rate> rates(Tree t, String key, String valueKey) {
        List<ContainerSpec.Rate> out = new ArrayList<>();
        if (t.get("blkio_config", key) instanceof List<?> list) {
            for (Object o : list) {
                Tree d = Tree.of(o);
                Long v = Tree.bytes(d.get(valueKey) != null ? d.get(valueKey) : d.get(valueKey.toLowerCase()));
                String path = d.string("Path") != null ? d.string("Path") : d.string("path");
                out.add(new ContainerSpec.Rate(path, v == null ? 0 : v));
            }
        }
        return out;
    }

    private static Integer integer(Object v) {
        return v == null ? null : (int) Double.parseDouble(String.valueOf(v));
    }

    private static Long longValue(Object v) {
        return v == null ? null : (long) Double.parseDouble(String.valueOf(v));
    }
}
