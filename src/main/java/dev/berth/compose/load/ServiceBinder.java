package dev.berth.compose.load;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.FileReference;
import dev.berth.compose.model.Mount;
import dev.berth.compose.model.PortMapping;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.ServiceNetwork;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One canonical service tree to a {@link Service} record. */
final class ServiceBinder {
    private ServiceBinder() {}

    static Service bind(String name, Map<String, Object> s) {
        Integer scale = BindValues.integer(s.get("scale"));
        if (scale == null && s.get("deploy") instanceof Map<?, ?> deploy) {
            scale = BindValues.integer(deploy.get("replicas")); // compose-go's GetScale: scale, else deploy.replicas
        }
        return new Service(name,
                BindValues.string(s.get("image")),
                AttributeBinder.build(s.get("build")),
                BindValues.stringList(s.get("command")),
                BindValues.stringList(s.get("entrypoint")),
                BindValues.strings(s.get("environment")),
                ports(s.get("ports")),
                mounts(s.get("volumes")),
                networks(s.get("networks")),
                BindValues.string(s.get("network_mode")),
                dependsOn(s.get("depends_on")),
                AttributeBinder.healthcheck(s.get("healthcheck")),
                BindValues.string(s.get("restart")),
                BindValues.strings(s.get("labels")),
                BindValues.string(s.get("container_name")),
                BindValues.names(s.get("profiles")),
                scale == null ? 1 : scale,
                BindValues.string(s.get("user")),
                BindValues.string(s.get("working_dir")),
                BindValues.optionalBool(s.get("init")),
                BindValues.string(s.get("stop_signal")),
                BindValues.duration(s.get("stop_grace_period")),
                fileReferences(s.get("secrets")),
                fileReferences(s.get("configs")),
                BindValues.names(s.get("links")),
                BindValues.names(s.get("volumes_from")),
                BindValues.string(s.get("pull_policy")),
                s);
    }

    private static List<PortMapping> ports(Object value) {
        return BindValues.list(value).stream().map(BindValues::map).map(p -> new PortMapping(
                BindValues.integer(p.get("target")) == null ? 0 : BindValues.integer(p.get("target")),
                BindValues.string(p.get("published")), BindValues.string(p.get("host_ip")),
                BindValues.string(p.get("protocol")), BindValues.string(p.get("mode")),
                BindValues.string(p.get("name")))).toList();
    }

    private static List<Mount> mounts(Object value) {
        return BindValues.list(value).stream().map(BindValues::map).map(v -> new Mount(
                BindValues.string(v.get("type")), BindValues.string(v.get("source")),
                BindValues.string(v.get("target")), BindValues.bool(v.get("read_only")),
                BindValues.bool(BindValues.map(v.get("bind")).get("create_host_path")),
                BindValues.longValue(BindValues.map(v.get("tmpfs")).get("size")))).toList();
    }

    private static Map<String, ServiceNetwork> networks(Object value) {
        Map<String, ServiceNetwork> out = new LinkedHashMap<>();
        BindValues.map(value).forEach((key, n) -> {
            Map<String, Object> m = BindValues.map(n);
            out.put(key, new ServiceNetwork(BindValues.names(m.get("aliases")),
                    BindValues.string(m.get("ipv4_address")), BindValues.string(m.get("ipv6_address")),
                    BindValues.integer(m.get("priority"))));
        });
        return out;
    }

    private static Map<String, DependsOn> dependsOn(Object value) {
        Map<String, DependsOn> out = new LinkedHashMap<>();
        BindValues.map(value).forEach((key, d) -> {
            Map<String, Object> m = BindValues.map(d);
            String condition = BindValues.string(m.get("condition"));
            out.put(key, new DependsOn(key,
                    DependsOn.Condition.of(condition == null ? "service_started" : condition),
                    m.get("required") == null || BindValues.bool(m.get("required")),
                    BindValues.bool(m.get("restart"))));
        });
        return out;
    }

    private static List<FileReference> fileReferences(Object value) {
        return BindValues.list(value).stream().map(BindValues::map).map(f -> new FileReference(
                BindValues.string(f.get("source")), BindValues.string(f.get("target")),
                BindValues.string(f.get("uid")), BindValues.string(f.get("gid")),
                fileMode(f.get("mode")))).toList();
    }

    /** The canonical tree writes file modes as octal text ("0440"), as the reference prints them. */
    private static Integer fileMode(Object value) {
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Integer.parseInt(s.trim(), 8);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return BindValues.integer(value);
    }
}
