package dev.berth.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.compose.load.ModelBinder;
import dev.berth.compose.model.Project;
import dev.berth.engine.ContainerSpec;
import dev.berth.engine.EngineException;
import dev.berth.engine.SpecBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reference's placement of a service's mac_address, per engine API version. */
class MacAddressesTest {

    private static ContainerSpec spec(String service) throws Exception {
        String json = """
                {"name": "m", "networks": {"front": {"name": "m_front", "ipam": {}}, "back": {"name": "m_back", "ipam": {}}},
                 "services": {
                  "plain": {"image": "busybox", "mac_address": "02:42:ac:11:00:09", "networks": {"front": null}},
                  "own": {"image": "busybox", "mac_address": "02:42:ac:11:00:09",
                          "networks": {"front": {"mac_address": "02:42:ac:11:00:09"}}},
                  "clash": {"image": "busybox", "mac_address": "02:42:ac:11:00:09",
                            "networks": {"front": {"mac_address": "02:42:ac:11:00:0a"}}},
                  "hostnet": {"image": "busybox", "mac_address": "02:42:ac:11:00:09", "network_mode": "host"}}}
                """;
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = new ObjectMapper().readValue(json, Map.class);
        Path dir = Path.of("/srv/m");
        Project p = ModelBinder.bind(tree, Map.of(), Set.of(), List.of(dir.resolve("compose.yaml")), dir, Map.of());
        return SpecBuilder.build(p, p.service(service), 1, "m-" + service + "-1");
    }

    @Test
    void beforeApi144TheAddressIsContainerWide() throws Exception {
        MacAddresses m = MacAddresses.of(spec("plain"), false);
        assertThat(m.container()).isEqualTo("02:42:ac:11:00:09");
        assertThat(m.primary().macAddress()).isNull();
        assertThat(PrimaryEndpoint.needsWhole(m.primary())).isFalse();
    }

    @Test
    void fromApi144TheAddressMovesToThePrimaryEndpoint() throws Exception {
        MacAddresses m = MacAddresses.of(spec("plain"), true);
        assertThat(m.container()).isNull();
        assertThat(m.primary().networkName()).isEqualTo("m_front");
        assertThat(m.primary().macAddress()).isEqualTo("02:42:ac:11:00:09");
        assertThat(PrimaryEndpoint.needsWhole(m.primary())).isTrue();
    }

    @Test
    void theSameAddressOnBothLevelsIsAccepted() throws Exception {
        assertThat(MacAddresses.of(spec("own"), true).primary().macAddress()).isEqualTo("02:42:ac:11:00:09");
    }

    @Test
    void contradictingAddressesAreRefusedOnEveryApi() {
        for (boolean perEndpoint : new boolean[] {false, true}) {
            assertThatThrownBy(() -> MacAddresses.of(spec("clash"), perEndpoint)).isInstanceOf(EngineException.class)
                    .hasMessageContaining("should have the same value as network m_front");
        }
    }

    @Test
    void withoutANetworkTheNewerApiDropsIt() throws Exception {
        MacAddresses m = MacAddresses.of(spec("hostnet"), true);
        assertThat(m.container()).isNull();
        assertThat(m.primary()).isNull();
        assertThat(MacAddresses.of(spec("hostnet"), false).container()).isEqualTo("02:42:ac:11:00:09");
    }
}
