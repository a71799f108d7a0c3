package dev.berth.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.core.DockerClientConfig;
import dev.berth.engine.ContainerSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fields Berth adds to docker-java's request shapes reach the JSON docker-java sends. */
class WireFieldsTest {
    private final ObjectMapper json = DockerClientConfig.getDefaultObjectMapper();

    private JsonNode write(Object value) throws Exception {
        return json.readTree(json.writeValueAsString(value));
    }

    @Test
    void capabilitiesAreSentAsPrefixedSortedNames() throws Exception {
        HostConfig h = new WireHostConfig().withCapabilities(List.of("net_admin", "CAP_SYS_TIME", "all", " Chown",
                "NET_ADMIN", "bpf"), List.of("cap_mknod")).withPrivileged(true);
        JsonNode sent = write(h);
        assertThat(sent.get("CapAdd").toString()).isEqualTo("[\"ALL\",\"CAP_BPF\",\"CAP_CHOWN\",\"CAP_NET_ADMIN\","
                + "\"CAP_SYS_TIME\"]");
        assertThat(sent.get("CapDrop").toString()).isEqualTo("[\"CAP_MKNOD\"]");
        assertThat(sent.get("Privileged").asBoolean()).isTrue();
    }

    @Test
    void deviceRequestsAreSentAsTheReferenceSendsThem() throws Exception {
        ContainerSpec.Extras x = new ContainerSpec.Extras(List.of(), null, Map.of(), List.of(), null, List.of(),
                List.of(), List.of(), null, null, null, null, null, null, List.of(), Map.of(), null, null,
                ContainerSpec.Cpu.NONE, null, null, ContainerSpec.Blkio.NONE, Map.of(), null, null, false, List.of(
                        new ContainerSpec.DeviceRequest(null, -1, List.of(), List.of("gpu"), Map.of()),
                        new ContainerSpec.DeviceRequest("nvidia", 0, List.of("1"), List.of("gpu", "utility"),
                                Map.of("k", "v"))));
        HostConfig h = new WireHostConfig();
        ExtrasMapper.apply(x, h);
        assertThat(write(h).get("DeviceRequests").toString()).isEqualTo("[{\"Driver\":\"\",\"Count\":-1,\"DeviceIDs\":null,"
                + "\"Capabilities\":[[\"gpu\"]],\"Options\":null},{\"Driver\":\"nvidia\",\"Count\":0,\"DeviceIDs\":[\"1\"],"
                + "\"Capabilities\":[[\"gpu\",\"utility\"]],\"Options\":{\"k\":\"v\"}}]");
    }

    @Test
    void noCapabilitiesSendsNoField() throws Exception {
        JsonNode sent = write(new WireHostConfig().withCapabilities(List.of(), List.of()));
        assertThat(sent.has("CapAdd")).isFalse();
        assertThat(sent.has("CapDrop")).isFalse();
        assertThat(sent.has("MaskedPaths")).isFalse();
    }

    @Test
    void unconfinedSystemPathsSendEmptyMaskedAndReadonlyPaths() throws Exception {
        JsonNode sent = write(new WireHostConfig().withCapabilities(List.of(), List.of()).withUnconfinedPaths(true));
        assertThat(sent.get("MaskedPaths").toString()).isEqualTo("[]");
        assertThat(sent.get("ReadonlyPaths").toString()).isEqualTo("[]");
    }

    @Test
    void endpointCarriesLinkLocalAddresses() throws Exception {
        ContainerNetwork n = new ContainerNetwork().withIpamConfig(new IpamFields.Endpoint("10.1.0.5", null,
                List.of("169.254.8.8")));
        JsonNode ipam = write(n).get("IPAMConfig");
        assertThat(ipam.get("IPv4Address").asText()).isEqualTo("10.1.0.5");
        assertThat(ipam.get("LinkLocalIPs").toString()).isEqualTo("[\"169.254.8.8\"]");
    }

    @Test
    void poolCarriesAuxiliaryAddresses() throws Exception {
        Network.Ipam ipam = new Network.Ipam().withConfig(new IpamFields.Pool("10.9.0.0/24", null, "10.9.0.1",
                Map.of("router", "10.9.0.2")));
        JsonNode pool = write(ipam).get("Config").get(0);
        assertThat(pool.get("Subnet").asText()).isEqualTo("10.9.0.0/24");
        assertThat(pool.get("Gateway").asText()).isEqualTo("10.9.0.1");
        assertThat(pool.get("AuxiliaryAddresses").get("router").asText()).isEqualTo("10.9.0.2");
    }

    @Test
    void loggingDriverIsSentByNameAndOptionsAloneKeepTheEnginesDriver() throws Exception {
        JsonNode plugin = write(new NamedLogConfig("loki", Map.of("loki-url", "http://127.0.0.1:3100")));
        assertThat(plugin.get("Type").asText()).isEqualTo("loki");
        assertThat(plugin.get("Config").get("loki-url").asText()).isEqualTo("http://127.0.0.1:3100");
        JsonNode optionsOnly = write(new HostConfig().withLogConfig(new NamedLogConfig(null, Map.of("max-size", "1m"))))
                .get("LogConfig");
        assertThat(optionsOnly.get("Type").asText()).isEmpty();
        assertThat(optionsOnly.get("Config").get("max-size").asText()).isEqualTo("1m");
    }
}
