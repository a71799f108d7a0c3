package dev.berth.stack;

import dev.berth.compose.model.Network;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.stack.Values.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** A loaded project as a {@link StackSpec}: the networks its services use, and each service's spec. */
public final class StackConverter {
    private StackConverter() {}

    static StackSpec convert(Project project, String namespace, ObjectVersions objects) {
        Map<String, Map<String, Object>> networks = new TreeMap<>();
        List<String> external = new ArrayList<>();
        for (String key : usedNetworks(project)) {
            Network n = project.networks().get(key);
            if (n != null && n.external()) {
                external.add(n.name());
                continue;
            }
            String name = n == null || n.name() == null ? namespace + "_" + key : n.name();
            networks.put(name, network(project, key, name, namespace));
        }
        ServiceConverter services = new ServiceConverter(project, namespace, objects);
        Map<String, Map<String, Object>> specs = new TreeMap<>();
        project.services().keySet().forEach(name -> specs.put(name, services.convert(name)));
        return new StackSpec(namespace, networks, external, specs);
    }

    private static TreeSet<String> usedNetworks(Project project) {
        TreeSet<String> used = new TreeSet<>();
        for (Service s : project.services().values()) {
            if (s.tree().get("networks") instanceof Map<?, ?> m && !m.isEmpty()) {
                m.keySet().forEach(k -> used.add(String.valueOf(k)));
            } else {
                used.add("default");
            }
        }
        return used;
    }

    /** The create body, as the docker CLI's convert.Networks: overlay unless the file names a driver. */
    private static Map<String, Object> network(Project project, String key, String name, String namespace) {
        Doc tree = new Doc(project.tree()).doc("networks", key);
        Map<String, String> labels = new TreeMap<>(Values.stringMap(tree.get("labels")));
        labels.put(ServiceConverter.NAMESPACE, namespace);
        Json body = new Json().with("Name", name).with("Driver", tree.has("driver") ? tree.string("driver") : "overlay")
                .with("Options", Values.stringMap(tree.get("driver_opts")))
                .with("Internal", Boolean.TRUE.equals(tree.get("internal")) ? true : null)
                .with("Attachable", Boolean.TRUE.equals(tree.get("attachable")) ? true : null).with("Labels", labels);
        Doc ipam = tree.doc("ipam");
        if (ipam.has("driver") || !ipam.docs("config").isEmpty()) {
            List<Map<String, Object>> config = new ArrayList<>();
            ipam.docs("config").forEach(c -> config.add(new Json().with("Subnet", DeploySection.blank(c.string("subnet")))));
            body.with("IPAM", new Json().with("Driver", DeploySection.blank(ipam.string("driver"))).with("Config", config));
        }
        return body;
    }
}
