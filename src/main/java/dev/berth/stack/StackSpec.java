package dev.berth.stack;

import java.util.List;
import java.util.Map;

/**
 * What a compose project becomes on a Swarm under one stack name: the networks to have (create bodies by name),
 * external networks that must exist, and the services' specs by service name (short name, as in the file).
 */
public record StackSpec(String namespace, Map<String, Map<String, Object>> networks, List<String> externalNetworks,
                        Map<String, Map<String, Object>> services) {
    public StackSpec {
        networks = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(networks));
        externalNetworks = List.copyOf(externalNetworks);
        services = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(services)); // deploy order: by name
    }
}
