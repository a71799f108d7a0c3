package dev.berth.engine.docker;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Network;
import java.util.List;
import java.util.Map;

/**
 * docker-java's IPAM shapes lack two fields the engine's API has had since 1.22: an endpoint's
 * {@code LinkLocalIPs} and a pool's {@code AuxiliaryAddresses}. These subclasses add them to the JSON
 * sent; Jackson writes a value by its runtime class, so the commands send them unchanged.
 */
final class IpamFields {
    private IpamFields() {}

    /** An endpoint's addresses, link-local ones included. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class Endpoint extends ContainerNetwork.Ipam {
        @JsonProperty("LinkLocalIPs")
        private final List<String> linkLocalIps;

        Endpoint(String ipv4, String ipv6, List<String> linkLocalIps) {
            this.linkLocalIps = linkLocalIps == null || linkLocalIps.isEmpty() ? null : List.copyOf(linkLocalIps);
            withIpv4Address(ipv4);
            withIpv6Address(ipv6);
        }
    }

    /** A pool with the addresses the IPAM driver must not hand out. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class Pool extends Network.Ipam.Config {
        @JsonProperty("AuxiliaryAddresses")
        private final Map<String, String> auxAddresses;

        Pool(String subnet, String ipRange, String gateway, Map<String, String> auxAddresses) {
            this.auxAddresses = auxAddresses == null || auxAddresses.isEmpty() ? null : Map.copyOf(auxAddresses);
            withSubnet(subnet);
            withIpRange(ipRange);
            withGateway(gateway);
        }
    }
}
