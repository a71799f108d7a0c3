package dev.berth.engine;

import dev.berth.compose.model.Project;
import dev.berth.compose.render.ConfigHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What creating a project's network or volume sends, derived from its entry in the project's tree as the
 * reference derives it (its {@code createNetwork}/{@code createVolume}), config-hash label included.
 */
public final class ResourceSpec {
    private ResourceSpec() {}

    /** One IPAM pool; null fields are left to the engine. */
    public record Pool(String subnet, String ipRange, String gateway, Map<String, String> auxAddresses) {}

    public record NetworkSpec(String name, String driver, Map<String, String> options, boolean internal,
                              boolean attachable, Boolean enableIpv6, String ipamDriver, List<Pool> pools,
                              Map<String, String> labels) {}

    public record VolumeSpec(String name, String driver, Map<String, String> driverOpts, Map<String, String> labels) {}

    static NetworkSpec network(Project project, String key, String name, Map<String, String> labels) {
        Tree t = new Tree(entry(project, "networks", key));
        Map<String, String> all = new TreeMap<>(labels);
        all.put(Labels.CONFIG_HASH, ConfigHash.ofNetwork(t.root()));
        List<Pool> pools = new ArrayList<>();
        if (t.get("ipam", "config") instanceof List<?> list) {
            for (Object o : list) {
                Tree p = Tree.of(o);
                pools.add(new Pool(p.string("subnet"), p.string("ip_range"), p.string("gateway"),
                        p.stringMap("aux_addresses")));
            }
        }
        return new NetworkSpec(name, t.string("driver"), t.stringMap("driver_opts"), Boolean.TRUE.equals(t.bool("internal")),
                Boolean.TRUE.equals(t.bool("attachable")), t.bool("enable_ipv6"), t.string("ipam", "driver"), pools, all);
    }

    static VolumeSpec volume(Project project, String key, String name, Map<String, String> labels) {
        Tree t = new Tree(entry(project, "volumes", key));
        Map<String, String> all = new TreeMap<>(labels);
        all.put(Labels.CONFIG_HASH, ConfigHash.ofVolume(t.root()));
        return new VolumeSpec(name, t.string("driver"), t.stringMap("driver_opts"), all);
    }

    private static Map<String, Object> entry(Project project, String kind, String key) {
        return Tree.of(Tree.of(project.tree().get(kind)).get(key)).root();
    }
}
