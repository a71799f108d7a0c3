package dev.berth.compose.load.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.SourceMap;
import dev.berth.compose.load.yaml.YamlReader;
import dev.berth.compose.load.yaml.YamlTree;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverrideMergeTest {

    private static Map<String, Object> yaml(String text) throws Exception {
        return YamlTree.of(YamlReader.read(text, Path.of("t.yaml")).getFirst(), new SourceMap()).tree();
    }

    private static void assertMerged(String base, String override, String expected) throws Exception {
        Map<String, Object> merged = OverrideMerge.merge(yaml(base), yaml(override));
        Unicity.enforce(merged);
        assertThat(merged).isEqualTo(yaml(expected));
    }

    @Test
    void mappingsMergeRecursivelyScalarsReplaced() throws Exception {
        assertMerged("services: {web: {image: a, deploy: {replicas: 1, mode: global}}}",
                "services: {web: {image: b, deploy: {replicas: 2}}}",
                "services: {web: {image: b, deploy: {replicas: 2, mode: global}}}");
    }

    @Test
    void sequencesAppend() throws Exception {
        assertMerged("services: {web: {dns_search: [a], group_add: [x]}}", "services: {web: {group_add: [y]}}",
                "services: {web: {dns_search: [a], group_add: [x, y]}}");
    }

    @Test
    void commandEntrypointAndHealthcheckTestAreReplaced() throws Exception {
        assertMerged("services: {web: {command: [a, b], entrypoint: [x], healthcheck: {test: [CMD, a], retries: 1}}}",
                "services: {web: {command: [c], entrypoint: y, healthcheck: {test: [CMD, b]}}}",
                "services: {web: {command: [c], entrypoint: y, healthcheck: {test: [CMD, b], retries: 1}}}");
    }

    @Test
    void environmentBecomesKeyValueListLastWins() throws Exception {
        assertMerged("services: {web: {environment: {A: 1, B: 2}}}", "services: {web: {environment: [B=3, C]}}",
                "services: {web: {environment: [A=1, B=3, C]}}");
    }

    @Test
    void labelsMapAndListMix() throws Exception {
        assertMerged("services: {web: {labels: [a=1]}}", "services: {web: {labels: {a: 2, b: 3}}}",
                "services: {web: {labels: [a=2, b=3]}}");
    }

    @Test
    void portsAreUniqueByHostPublishedTargetProtocol() throws Exception {
        assertMerged("services: {web: {ports: ['80:80', '443:443']}}", "services: {web: {ports: ['80:80', '8080:80']}}",
                "services: {web: {ports: ['80:80', '443:443', '8080:80']}}");
    }

    @Test
    void volumesAreUniqueByTarget() throws Exception {
        assertMerged("services: {web: {volumes: ['a:/data', 'b:/logs']}}",
                "services: {web: {volumes: [{type: bind, source: ./c, target: /data}]}}",
                "services: {web: {volumes: [{type: bind, source: ./c, target: /data}, 'b:/logs']}}");
    }

    @Test
    void secretsUniqueByTarget() throws Exception {
        assertMerged("services: {web: {secrets: [s1, s2]}}", "services: {web: {secrets: [{source: s1, target: /run/secrets/s1, mode: 0400}]}}",
                "services: {web: {secrets: [{source: s1, target: /run/secrets/s1, mode: 0400}, s2]}}");
    }

    @Test
    void dependsOnShortAndLongMerge() throws Exception {
        assertMerged("services: {web: {depends_on: [db]}}",
                "services: {web: {depends_on: {cache: {condition: service_healthy}}}}",
                "services: {web: {depends_on: {db: {condition: service_started, required: true}, cache: {condition: service_healthy}}}}");
    }

    @Test
    void networksListAndMapMerge() throws Exception {
        assertMerged("services: {web: {networks: [front]}}", "services: {web: {networks: {back: {aliases: [b]}}}}",
                "services: {web: {networks: {front: null, back: {aliases: [b]}}}}");
    }

    @Test
    void loggingWithAnotherDriverDropsOldOptions() throws Exception {
        assertMerged("services: {web: {logging: {driver: json-file, options: {max-size: 1m}}}}",
                "services: {web: {logging: {driver: syslog, options: {tag: x}}}}",
                "services: {web: {logging: {driver: syslog, options: {tag: x}}}}");
        assertMerged("services: {web: {logging: {driver: json-file, options: {max-size: 1m}}}}",
                "services: {web: {logging: {options: {max-file: '3'}}}}",
                "services: {web: {logging: {driver: json-file, options: {max-size: 1m, max-file: '3'}}}}");
    }

    @Test
    void buildStringBecomesContext() throws Exception {
        assertMerged("services: {web: {build: .}}", "services: {web: {build: {dockerfile: Other}}}",
                "services: {web: {build: {context: ., dockerfile: Other}}}");
    }

    @Test
    void ulimitsReplaced() throws Exception {
        assertMerged("services: {web: {ulimits: {nofile: {soft: 1, hard: 2}}}}", "services: {web: {ulimits: {nofile: 5}}}",
                "services: {web: {ulimits: {nofile: 5}}}");
    }

    @Test
    void nullOverrideKeepsBase() throws Exception {
        assertMerged("services: {web: {image: a}}", "services: {web: {image: null}}", "services: {web: {image: a}}");
    }

    @Test
    void extraHostsDeduplicated() throws Exception {
        assertMerged("services: {web: {extra_hosts: ['a:1.1.1.1']}}", "services: {web: {extra_hosts: ['a:1.1.1.1', 'b:2.2.2.2']}}",
                "services: {web: {extra_hosts: ['a:1.1.1.1', 'b:2.2.2.2']}}");
    }

    @Test
    void ipamConfigMergedBySubnet() throws Exception {
        assertMerged("networks: {n: {ipam: {config: [{subnet: 10.0.0.0/24, gateway: 10.0.0.1}]}}}",
                "networks: {n: {ipam: {config: [{subnet: 10.0.0.0/24, ip_range: 10.0.0.0/25}]}}}",
                "networks: {n: {ipam: {config: [{subnet: 10.0.0.0/24, gateway: 10.0.0.1, ip_range: 10.0.0.0/25}]}}}");
    }
}
