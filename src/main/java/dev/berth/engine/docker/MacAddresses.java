package dev.berth.engine.docker;

import dev.berth.engine.ContainerSpec;
import dev.berth.engine.EngineException;

/**
 * Where a service's {@code mac_address} goes, as the reference decides it (prepareContainerMACAddress): from
 * API 1.44 on, engines take a MAC address per endpoint, so the service-level one moves to the primary network's
 * endpoint (unless that endpoint names its own) and the container-wide field stays empty; before 1.44 it stays
 * container-wide. Either way a service-level address that contradicts the primary endpoint's is refused.
 */
record MacAddresses(String container, ContainerSpec.Endpoint primary) {

    static MacAddresses of(ContainerSpec spec, boolean perEndpoint) {
        String service = blankToNull(spec.extras().macAddress());
        ContainerSpec.Endpoint first = spec.networkMode() != null || spec.networks().isEmpty()
                ? null : spec.networks().getFirst();
        String own = first == null ? null : blankToNull(first.macAddress());
        if (service != null && own != null && !own.equals(service)) {
            throw new EngineException(EngineException.Reason.INVALID, "the service-level mac_address should have the"
                    + " same value as network " + first.networkName());
        }
        if (!perEndpoint) {
            return new MacAddresses(service, first);
        }
        if (first == null || own != null || service == null) {
            return new MacAddresses(null, first);
        }
        return new MacAddresses(null, new ContainerSpec.Endpoint(first.networkName(), first.aliases(),
                first.ipv4Address(), first.ipv6Address(), service, first.linkLocalIps()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
