package dev.berth.compose.model;

import java.util.List;

/** How a service attaches to one network. */
public record ServiceNetwork(List<String> aliases, String ipv4Address, String ipv6Address, Integer priority) {
    public ServiceNetwork {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
