package dev.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** berth stack against a real two-node swarm, side by side with `docker stack` on the same files. */
class StackIT {
    @TempDir Path dir;
    private final String stack = "bst" + UUID.randomUUID().toString().substring(0, 6);
    private InProcessCli berth;

    private static final String APP = """
            services:
              web:
                image: berth/busybox:latest
                command: ["sleep", "3600"]
                init: true
                deploy: {replicas: 2}
                configs: [conf]
              worker:
                image: berth/busybox:latest
                command: ["sleep", "3600"]
                init: true
                deploy: {mode: global}
            configs:
              conf: {file: ./conf.txt}
            """;

    @BeforeAll
    static void swarm() {
        SwarmDockerd.start();
    }

    @AfterEach
    void removeStack() {
        SwarmDockerd.dockerAnyway("stack", "rm", stack);
    }

    private Path write(String yaml) throws Exception {
        Files.writeString(dir.resolve("conf.txt"), "conf");
        berth = new InProcessCli(dir, SwarmDockerd.environment());
        return Files.writeString(dir.resolve("compose.yaml"), yaml);
    }

    private InProcessCli.Ran berth(String... args) {
        InProcessCli.Ran ran = berth.run(args);
        assertEquals(0, ran.code(), () -> String.join(" ", args) + " failed:\n" + ran.out() + ran.err());
        return ran;
    }

    private List<String> runningTasks() {
        return SwarmDockerd.docker("stack", "ps", stack, "-q", "--filter", "desired-state=running").lines().sorted().toList();
    }

    @Test
    void aStackBerthDeploysIsListedUpdatedInPlaceAndRemovedByDocker() throws Exception {
        Path file = write(APP);
        InProcessCli.Ran deployed = berth("stack", "deploy", "-c", file.toString(), "--detach=false", stack);
        assertTrue(deployed.out().contains("Creating config " + stack + "_conf"), deployed.out());
        assertTrue(deployed.out().contains(stack + "_web: 2/2 running, converged"), deployed.out());
        assertTrue(SwarmDockerd.docker("stack", "ls").lines().anyMatch(l -> l.matches(stack + "\\s+2")));
        String services = SwarmDockerd.docker("stack", "services", stack);
        assertTrue(services.lines().anyMatch(l -> l.contains(stack + "_web") && l.contains("replicated") && l.contains("2/2")), services);
        assertTrue(services.lines().anyMatch(l -> l.contains(stack + "_worker") && l.contains("global") && l.contains("2/2")), services);
        List<String> before = runningTasks();
        SwarmDockerd.docker("stack", "deploy", "-c", file.toString(), stack);
        // the docker CLI's spec is the one Berth sent: Swarm replaces no task
        assertStays(() -> runningTasks().equals(before), Duration.ofSeconds(6), "docker stack deploy restarted tasks");
        SwarmDockerd.docker("stack", "rm", stack);
        eventually(() -> !berth("stack", "ls").out().contains(stack), "berth still lists the removed stack");
    }

    @Test
    void aStackDockerDeploysIsListedPlannedUnchangedAndRemovedByBerth() throws Exception {
        Path file = write(APP);
        SwarmDockerd.docker("stack", "deploy", "-c", file.toString(), stack);
        eventually(() -> berth("stack", "services", stack).out().lines()
                .anyMatch(l -> l.contains(stack + "_web") && l.contains("2/2")), "berth never saw web 2/2");
        assertEquals(List.of("service " + stack + "_web: unchanged", "service " + stack + "_worker: unchanged"),
                berth("stack", "deploy", "-c", file.toString(), "--dry-run", stack).lines());
        InProcessCli.Ran ps = berth("stack", "ps", stack);
        assertEquals(List.of("ID", "NAME", "IMAGE", "NODE", "DESIRED", "STATE", "CURRENT", "STATE", "ERROR", "PORTS"),
                List.of(ps.lines().getFirst().trim().split("\\s+")));
        assertTrue(ps.out().contains("berth-node-1") && ps.out().contains("berth-node-2"), ps.out());
        InProcessCli.Ran removed = berth("stack", "rm", "--detach=false", stack);
        assertEquals(List.of("Removing service " + stack + "_web", "Removing service " + stack + "_worker",
                "Removing config " + stack + "_conf", "Removing network " + stack + "_default"), removed.lines());
        assertFalse(SwarmDockerd.docker("stack", "ls").contains(stack));
        eventually(() -> !SwarmDockerd.docker("network", "ls").contains(stack + "_default"), "network left");
    }

    /** An update is complete once its last task has run for the update's monitor period: 1 s here, 5 s by default. */
    @Test
    void aChangedSecretIsANewObjectAndTheServiceRolls() throws Exception {
        Files.writeString(dir.resolve("key.txt"), "one");
        Path file = write("""
                services:
                  app:
                    image: berth/busybox:latest
                    command: ["sleep", "3600"]
                    init: true
                    secrets: [key]
                    deploy:
                      update_config: {monitor: 1s}
                secrets:
                  key: {file: ./key.txt}
                """);
        berth("stack", "deploy", "-c", file.toString(), "--detach=false", stack);
        List<String> before = runningTasks();
        Files.writeString(dir.resolve("key.txt"), "two");
        List<String> preview = berth("stack", "deploy", "-c", file.toString(), "--dry-run", stack).lines();
        assertTrue(preview.getFirst().matches("secret " + stack + "_key-[0-9a-f]{10}: create \\(content changed\\)"), preview.toString());
        assertEquals("service " + stack + "_app: update (secrets changed)", preview.get(1));
        assertEquals("secret " + stack + "_key: remove (an earlier version, no longer used)", preview.get(2));
        berth("stack", "deploy", "-c", file.toString(), "--detach=false", stack);
        assertFalse(runningTasks().equals(before), "the service did not roll");
        String secrets = SwarmDockerd.docker("secret", "ls", "--format", "{{.Name}}");
        assertTrue(secrets.lines().anyMatch(l -> l.startsWith(stack + "_key-")), secrets);
        assertFalse(secrets.lines().anyMatch(l -> l.equals(stack + "_key")), secrets);
    }

    @Test
    void anUpdateFailingItsHealthcheckRollsBackAndTheDeployFails() throws Exception {
        String yaml = """
                services:
                  app:
                    image: berth/busybox:latest
                    command: ["sleep", "3600"]
                    init: true
                    healthcheck: {test: ["CMD", "true"], interval: 1s, retries: 1}
                    deploy:
                      replicas: 2
                      update_config: {failure_action: rollback, monitor: 3s, order: start-first}
                      rollback_config: {parallelism: 2, monitor: 1s}
                """;
        Path file = write(yaml);
        berth("stack", "deploy", "-c", file.toString(), "--detach=false", stack);
        Files.writeString(file, yaml.replace("\"true\"", "\"false\""));
        InProcessCli.Ran failed = berth.run("stack", "deploy", "-c", file.toString(), "--detach=false", stack);
        assertEquals(1, failed.code(), failed.out() + failed.err());
        assertTrue(failed.err().contains(stack + "_app: service rolled back"), failed.err());
        String test = SwarmDockerd.docker("service", "inspect", stack + "_app", "--format",
                "{{json .Spec.TaskTemplate.ContainerSpec.Healthcheck.Test}}");
        assertEquals("[\"CMD\",\"true\"]", test.strip());
    }

    @Test
    void placementFollowsNodeLabelsAcrossTwoNodes() throws Exception {
        String node2 = SwarmDockerd.docker("node", "ls", "--filter", "name=berth-node-2", "-q").strip();
        SwarmDockerd.docker("node", "update", "--label-add", "zone=" + stack, node2);
        Path file = write("""
                services:
                  pinned:
                    image: berth/busybox:latest
                    command: ["sleep", "3600"]
                    init: true
                    deploy:
                      replicas: 3
                      placement: {constraints: ["node.labels.zone==ZONE"]}
                """.replace("ZONE", stack));
        berth("stack", "deploy", "-c", file.toString(), "--detach=false", stack);
        List<String> running = berth("stack", "ps", stack).lines().stream().skip(1).filter(l -> l.contains("Running")).toList();
        assertEquals(3, running.size(), running.toString());
        assertTrue(running.stream().allMatch(l -> l.contains("berth-node-2")), running.toString());
    }

    @Test
    void anEngineNotInSwarmModeGetsTheCommandThatFixesIt() throws Exception {
        write(APP);
        // the shared engine: never a swarm (only asked for /info here)
        InProcessCli plain = new InProcessCli(dir, Map.of("DOCKER_HOST", "unix:///var/run/docker.sock"));
        InProcessCli.Ran ran = plain.run("stack", "services", stack);
        assertEquals(1, ran.code());
        assertTrue(ran.err().startsWith("this node is not a swarm manager. Use \"docker swarm init\""), ran.err());
        assertTrue(ran.err().contains("hint: run \"docker swarm init\""), ran.err());
    }

    private static void eventually(BooleanSupplier check, String failure) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(60);
        while (!check.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(failure);
            }
            Thread.sleep(250);
        }
    }

    private static void assertStays(BooleanSupplier check, Duration duration, String failure) throws InterruptedException {
        Instant end = Instant.now().plus(duration);
        while (Instant.now().isBefore(end)) {
            assertTrue(check.getAsBoolean(), failure);
            Thread.sleep(250);
        }
    }
}
