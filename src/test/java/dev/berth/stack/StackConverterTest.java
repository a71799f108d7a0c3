package dev.berth.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compose → Swarm conversion, checked against the specs `docker stack deploy` sends (captured from it). */
class StackConverterTest {
    @TempDir Path dir;

    private Doc service(String yaml, String name) {
        return new Doc(StackFiles.convert(StackFiles.load(dir, "st", yaml), "st").services().get(name));
    }

    @Test
    void labelsNameAndDefaultNetworkAsTheDockerCli() {
        Doc web = service("""
                services:
                  web:
                    image: busybox:1
                    command: ["sleep", "9"]
                    labels: {app: web}
                    deploy:
                      labels: {tier: front}
                """, "web");
        assertEquals("st_web", web.string("Name"));
        assertEquals(Map.of("com.docker.stack.namespace", "st", "com.docker.stack.image", "busybox:1", "tier", "front"),
                web.labels("Labels"));
        assertEquals(Map.of("com.docker.stack.namespace", "st", "app", "web"), web.labels("TaskTemplate", "ContainerSpec", "Labels"));
        assertEquals(List.of("sleep", "9"), web.get("TaskTemplate", "ContainerSpec", "Args"));
        assertEquals("st_default", web.docs("TaskTemplate", "Networks").getFirst().string("Target"));
        assertEquals(List.of("web"), web.docs("TaskTemplate", "Networks").getFirst().get("Aliases"));
        // as the docker CLI sends it: no restart policy, update config or grace period the file does not give
        assertNull(web.get("TaskTemplate", "RestartPolicy"));
        assertNull(web.get("UpdateConfig"));
        assertNull(web.get("TaskTemplate", "ContainerSpec", "StopGracePeriod"));
        assertEquals(Map.of(), web.get("TaskTemplate", "Resources"));
    }

    @Test
    void deploySectionInTheEnginesUnits() {
        Doc x = service("""
                services:
                  x:
                    image: busybox
                    deploy:
                      replicas: 2
                      endpoint_mode: dnsrr
                      placement:
                        constraints: [node.role==manager]
                        preferences: [{spread: node.labels.zone}]
                        max_replicas_per_node: 1
                      resources:
                        limits: {cpus: '0.5', memory: 50M, pids: 100}
                        reservations: {cpus: '0.1', memory: 20M}
                      restart_policy: {condition: on-failure, delay: 5s, max_attempts: 3, window: 2m}
                      update_config: {parallelism: 2, delay: 10s, order: start-first, failure_action: rollback, monitor: 30s, max_failure_ratio: 0.3}
                      rollback_config: {parallelism: 0}
                    ports:
                      - {target: 80, published: 8081, mode: host}
                      - "9000:90/udp"
                """, "x");
        assertEquals(2L, x.number("Mode", "Replicated", "Replicas"));
        assertEquals("dnsrr", x.string("EndpointSpec", "Mode"));
        assertEquals(List.of("node.role==manager"), x.get("TaskTemplate", "Placement", "Constraints"));
        assertEquals("node.labels.zone", x.string("TaskTemplate", "Placement", "Preferences").contains("node.labels.zone")
                ? "node.labels.zone" : "missing");
        assertEquals(1L, x.number("TaskTemplate", "Placement", "MaxReplicas"));
        assertEquals(500_000_000L, x.number("TaskTemplate", "Resources", "Limits", "NanoCPUs"));
        assertEquals(52_428_800L, x.number("TaskTemplate", "Resources", "Limits", "MemoryBytes"));
        assertEquals(100L, x.number("TaskTemplate", "Resources", "Limits", "Pids"));
        assertEquals(100_000_000L, x.number("TaskTemplate", "Resources", "Reservations", "NanoCPUs"));
        assertEquals(120_000_000_000L, x.number("TaskTemplate", "RestartPolicy", "Window"));
        assertEquals("on-failure", x.string("TaskTemplate", "RestartPolicy", "Condition"));
        assertEquals(2L, x.number("UpdateConfig", "Parallelism"));
        assertEquals("start-first", x.string("UpdateConfig", "Order"));
        assertEquals(30_000_000_000L, x.number("UpdateConfig", "Monitor"));
        assertEquals(0.3, x.get("UpdateConfig", "MaxFailureRatio"));
        assertEquals(0L, x.number("RollbackConfig", "Parallelism"));
        List<Doc> ports = x.docs("EndpointSpec", "Ports");
        assertEquals(List.of("tcp 80 8081 host", "udp 90 9000 ingress"), ports.stream()
                .map(p -> p.string("Protocol") + " " + p.number("TargetPort") + " " + p.number("PublishedPort") + " "
                        + p.string("PublishMode")).toList());
    }

    @Test
    void modesAndTheirRules() {
        assertTrue(service("services: {g: {image: busybox, deploy: {mode: global}}}", "g").has("Mode", "Global"));
        Doc job = service("services: {j: {image: busybox, deploy: {mode: replicated-job, replicas: 3}}}", "j");
        assertEquals(3L, job.number("Mode", "ReplicatedJob", "TotalCompletions"));
        assertEquals(3L, job.number("Mode", "ReplicatedJob", "MaxConcurrent"));
        assertTrue(service("services: {j: {image: busybox, deploy: {mode: global-job}}}", "j").has("Mode", "GlobalJob"));
        StackException e = assertThrows(StackException.class,
                () -> service("services: {g: {image: busybox, deploy: {mode: global, replicas: 2}}}", "g"));
        assertEquals("replicas can only be used with replicated or replicated-job mode", e.getMessage());
    }

    @Test
    void secretsAndConfigsReferToScopedObjects() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("s.txt"), "hush");
        Doc web = service("""
                services:
                  web:
                    image: busybox
                    secrets: [s1, {source: s2, target: other, mode: 0400}]
                    configs: [{source: c1, target: /etc/c1}]
                secrets:
                  s1: {file: ./s.txt}
                  s2: {external: true, name: shared}
                configs:
                  c1: {content: hello}
                """, "web");
        List<Doc> secrets = web.docs("TaskTemplate", "ContainerSpec", "Secrets");
        assertEquals(List.of("shared", "st_s1"), secrets.stream().map(s -> s.string("SecretName")).toList());
        assertEquals("other", secrets.get(0).string("File", "Name"));
        assertEquals(0400L, secrets.get(0).number("File", "Mode"));
        assertEquals("s1", secrets.get(1).string("File", "Name"));
        assertEquals(0444L, secrets.get(1).number("File", "Mode"));
        Doc config = web.docs("TaskTemplate", "ContainerSpec", "Configs").getFirst();
        assertEquals("/etc/c1", config.string("File", "Name"));
        assertEquals("st_c1", config.string("ConfigName"));
    }

    @Test
    void networksUsedOnlyAreCreatedAndExternalOnesAreNot() {
        StackSpec spec = StackFiles.convert(StackFiles.load(dir, "st", """
                services:
                  a: {image: busybox, networks: {front: {aliases: [fa]}, outside: {}}}
                networks:
                  front: {attachable: true, labels: {k: v}}
                  unused: {}
                  outside: {external: true, name: corp}
                """), "st");
        assertEquals(List.of("st_front"), List.copyOf(spec.networks().keySet()));
        Doc front = new Doc(spec.networks().get("st_front"));
        assertEquals("overlay", front.string("Driver"));
        assertEquals(true, front.get("Attachable"));
        assertEquals(Map.of("k", "v", "com.docker.stack.namespace", "st"), front.labels("Labels"));
        assertEquals(List.of("corp"), spec.externalNetworks());
        Doc a = new Doc(spec.services().get("a"));
        assertEquals(List.of("corp [a]", "st_front [fa, a]"), a.docs("TaskTemplate", "Networks").stream()
                .map(n -> n.string("Target") + " " + n.get("Aliases")).toList());
    }

    @Test
    void unsupportedOptionsWarnAsTheDockerCliAndForbiddenOnesFail() {
        var project = StackFiles.load(dir, "st", """
                services:
                  a: {image: busybox, build: ., privileged: true, container_name: xx, depends_on: [b]}
                  b: {image: busybox}
                """);
        List<String> warnings = Unsupported.warnings(project);
        assertEquals("Ignoring unsupported options: build, privileged\n", warnings.get(0));
        assertTrue(warnings.get(1).startsWith("Ignoring deprecated options:\n\ncontainer_name: "), warnings.get(1));
        assertFalse(String.join("", warnings).contains("depends_on"));
        var forbidden = StackFiles.load(dir, "st", "services: {a: {image: busybox, cpu_shares: 3}}");
        StackException e = assertThrows(StackException.class, () -> Unsupported.warnings(forbidden));
        assertTrue(e.getMessage().startsWith("compose file contains unsupported options:\n\ncpu_shares: Set resource limits"),
                e.getMessage());
    }
}
