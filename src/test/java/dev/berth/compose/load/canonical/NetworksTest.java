package dev.berth.compose.load.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Network;
import org.junit.jupiter.api.Test;

class NetworksTest {
    @Test
    void serviceWithoutNetworksJoinsTheProjectDefaultNetwork() {
        Fixture f = new Fixture("""
                services:
                  web: {image: nginx}
                """);
        assertThat(f.service("web").get("networks")).isEqualTo(Fixture.parse("x: {default: null}").get("x"));
        assertThat(f.at("networks")).isEqualTo(Fixture.parse("x: {default: {name: demo_default}}").get("x"));
        assertThat(f.project().networks().get("default"))
                .isEqualTo(new Network("default", "demo_default", null, false, false, false, null));
    }

    @Test
    void listFormAndOptionsAndExternalNames() {
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    networks: [front]
                  api:
                    image: api
                    networks:
                      back: {aliases: [api.local], ipv4_address: 10.0.0.5}
                      legacy: null
                networks:
                  front: {}
                  back: {driver: bridge}
                  legacy: {external: {name: old_net}}
                """);
        assertThat(f.service("web").get("networks")).isEqualTo(Fixture.parse("x: {front: null}").get("x"));
        assertThat(f.at("networks.back.name")).isEqualTo("demo_back");
        assertThat(f.at("networks.legacy")).isEqualTo(Fixture.parse("{name: old_net, external: true}"));
        assertThat(f.project().service("api").networks().get("back").aliases()).containsExactly("api.local");
    }

    @Test
    void networkModeMeansNoDefaultNetwork() {
        Fixture f = new Fixture("""
                services:
                  web: {image: nginx, network_mode: host}
                """);
        assertThat(f.service("web")).doesNotContainKey("networks");
        assertThat(f.tree).doesNotContainKey("networks");
    }
}
