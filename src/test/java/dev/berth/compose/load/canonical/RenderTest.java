package dev.berth.compose.load.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.render.ConfigHash;
import dev.berth.compose.render.ConfigRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Output and hashes compared with what docker compose v2.40.3 printed for the same input. */
class RenderTest {
    private static final Path DIR = Path.of("/tmp/cx");
    private static final LoadContext CX = new LoadContext("cx", DIR, DIR, Map.of(), List.of(), true);

    @Test
    void yamlMatchesTheReference() {
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    ports: ["8080:80", "9000-9001:9000-9001/udp"]
                    volumes: ["./data:/data:ro", "vol:/v", "/tmp"]
                    depends_on: [db]
                    environment: [A=1, B]
                    healthcheck:
                      test: curl x
                      interval: 90s
                      start_period: 1m30s
                    mem_limit: 1g
                  db:
                    image: pg
                volumes:
                  vol: {}
                """, CX);
        assertThat(ConfigRenderer.yaml(f.tree)).isEqualTo("""
                name: cx
                services:
                  db:
                    image: pg
                    networks:
                      default: null
                  web:
                    depends_on:
                      db:
                        condition: service_started
                        required: true
                    environment:
                      A: "1"
                      B: null
                    healthcheck:
                      test:
                        - CMD-SHELL
                        - curl x
                      interval: 1m30s
                      start_period: 1m30s
                    image: nginx
                    mem_limit: "1073741824"
                    networks:
                      default: null
                    ports:
                      - mode: ingress
                        target: 80
                        published: "8080"
                        protocol: tcp
                      - mode: ingress
                        target: 9000
                        published: "9000"
                        protocol: udp
                      - mode: ingress
                        target: 9001
                        published: "9001"
                        protocol: udp
                    volumes:
                      - type: bind
                        source: /tmp/cx/data
                        target: /data
                        read_only: true
                        bind:
                          create_host_path: true
                      - type: volume
                        source: vol
                        target: /v
                        volume: {}
                      - type: volume
                        target: /tmp
                        volume: {}
                networks:
                  default:
                    name: cx_default
                volumes:
                  vol:
                    name: cx_vol
                """);
    }

    @Test
    void jsonShowsNullCommandEscapesDollarsAndHtml() {
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    command: echo "a <b>" $X
                """, CX);
        String json = ConfigRenderer.json(f.tree);
        assertThat(json).startsWith("{\n  \"name\": \"cx\",\n  \"networks\": {");
        assertThat(json).contains("\"entrypoint\": null").contains("\"ipam\": {}");
        assertThat(json).contains("\"a \\u003cb\\u003e\",\n        \"$$X\"");
    }

    @Test
    void configHashEqualsTheReferenceLabel() {
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    ports: ["8080:80"]
                    environment: [A=1]
                    depends_on: [db]
                    volumes: ["./data:/data"]
                  db:
                    image: busybox
                    command: sleep 1000
                    deploy: {replicas: 2}
                    healthcheck: {test: "true", interval: 5s}
                """, CX);
        assertThat(ConfigHash.of(f.service("db")))
                .isEqualTo("34e197f7d1da3cb0cf44197eade22213981617771e273860142a44a9b01de75d");
        assertThat(ConfigHash.of(f.service("web")))
                .isEqualTo("1cbd2bebb9d1c763dbee8e8443dcb56428edf390fa22dd1001bf2622f224c762");
    }

    @Test
    void yamlSortsMapKeysNaturallyAndQuotesLikeGoYaml() {
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    pull_policy: if_not_present
                    environment: [K10=x, K2=yes, "K1=tab\\there", "K3=#hash", "K4=a: b", K5=1.5]
                """, CX);
        String yaml = ConfigRenderer.yaml(f.tree);
        assertThat(yaml).contains("""
                    environment:
                      K1: "tab\\there"
                      K2: "yes"
                      K3: '#hash'
                      K4: 'a: b'
                      K5: "1.5"
                      K10: x
                """);
        assertThat(yaml).contains("pull_policy: missing");
    }
}
