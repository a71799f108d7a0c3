package dev.berth.compose.load.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.PortMapping;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortsTest {
    @Test
    void shortSyntaxBecomesLongFormWithDefaults() {
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    ports: ["8080:80", "127.0.0.1::81/udp", 82]
                """);
        assertThat(f.at("services.web.ports")).isEqualTo(Fixture.parse("""
                x:
                  - {mode: ingress, target: 80, published: "8080", protocol: tcp}
                  - {mode: ingress, host_ip: 127.0.0.1, target: 81, protocol: udp}
                  - {mode: ingress, target: 82, protocol: tcp}
                """).get("x"));
        assertThat(f.project().service("web").ports().getFirst())
                .isEqualTo(new PortMapping(80, "8080", null, "tcp", "ingress", null));
    }

    @Test
    void containerRangeExpandsOnePortEachAndHostRangeStaysForOnePort() {
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    ports: ["9000-9001:9000-9001", "8000-8010:80", "[::1]:85:85"]
                """);
        List<PortMapping> ports = f.project().service("web").ports();
        assertThat(ports).extracting(PortMapping::target).containsExactly(9000, 9001, 80, 85);
        assertThat(ports).extracting(PortMapping::published).containsExactly("9000", "9001", "8000-8010", "85");
        assertThat(ports.get(3).hostIp()).isEqualTo("::1");
    }

    @Test
    void badPortIsAProblemNotAnException() {
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    ports: ["80:abc"]
                """);
        assertThat(f.problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("services.web.ports[0]");
            assertThat(p.message()).contains("'abc' is not a number");
        });
    }
}
