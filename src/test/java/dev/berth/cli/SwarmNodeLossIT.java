package dev.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.engine.docker.SwarmCalls;
import dev.berth.stack.StackEngine;
import dev.berth.stack.StackViews.NodeRow;
import dev.berth.stack.StackViews.TaskRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node going away: the second node's dockerd is stopped under a running stack; the manager marks the node down,
 * Swarm starts its tasks again on the node left, and what the window shows (the stack's state: nodes and tasks) and
 * `berth stack ps` say so. The node is started again afterwards and rejoins by itself.
 */
class SwarmNodeLossIT {
    @TempDir Path dir;
    private final String stack = "bnl" + UUID.randomUUID().toString().substring(0, 6);

    private static StackEngine engine;

    @BeforeAll
    static void swarm() {
        SwarmDockerd.start();
        engine = new StackEngine(SwarmCalls.connect(SwarmDockerd.environment(), null));
    }

    @AfterEach
    void restore() throws Exception {
        SwarmDockerd.start(); // node 2 back, before anything else runs on this swarm
        eventually(() -> node("berth-node-2").state().equals("ready"), "node 2 did not come back");
        SwarmDockerd.dockerAnyway("stack", "rm", stack);
    }

    @Test
    void theTasksOfANodeThatGoesAwayAreStartedAgainOnTheNodeLeft() throws Exception {
        Path file = Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: berth/busybox:latest
                    command: ["sleep", "3600"]
                    init: true
                    deploy: {replicas: 4}
                """);
        InProcessCli berth = new InProcessCli(dir, SwarmDockerd.environment());
        InProcessCli.Ran deployed = berth.run("stack", "deploy", "-c", file.toString(), "--detach=false", stack);
        assertEquals(0, deployed.code(), deployed.out() + deployed.err());
        assertTrue(current().stream().anyMatch(t -> t.node().equals("berth-node-2")),
                "Swarm placed no task on node 2: " + current());

        SwarmDockerd.script("down", "2");

        eventually(() -> node("berth-node-2").state().equals("down"), "the manager never marked node 2 down");
        eventually(() -> current().stream().filter(t -> t.state().equals("running") && t.node().equals("berth-node-1"))
                .count() == 4, "the 4 tasks never all ran on node 1: " + current());
        assertEquals("ready", node("berth-node-1").state());
        String ps = berth.run("stack", "ps", stack, "--filter", "desired-state=running").out();
        assertEquals(4, ps.lines().filter(l -> l.contains("berth-node-1") && l.contains("Running")).count(), ps);
        assertTrue(SwarmDockerd.docker("node", "ls").lines().anyMatch(l -> l.contains("berth-node-2") && l.contains("Down")));
    }

    private List<TaskRow> current() {
        return engine.state(stack).tasks().stream().filter(t -> !t.history() && t.desiredState().equals("running")).toList();
    }

    private static NodeRow node(String hostname) {
        return engine.state("none").nodes().stream().filter(n -> n.hostname().equals(hostname)).findFirst().orElseThrow();
    }

    private static void eventually(BooleanSupplier check, String failure) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(90);
        while (!check.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(failure);
            }
            Thread.sleep(250);
        }
    }
}
