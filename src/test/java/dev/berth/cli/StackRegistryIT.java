package dev.berth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images for a cluster come from a registry. The test swarm's nodes each see the host registry's storage on their
 * own 127.0.0.1:5000 (scripts/swarm-dockerd.sh), so an image built and pushed from the shared engine is pulled under
 * the same name on both nodes. Each case runs `docker stack deploy` on the same file beside Berth.
 */
class StackRegistryIT {
    @TempDir Path dir;
    private final String id = UUID.randomUUID().toString().substring(0, 6);
    private final String stack = "brg" + id;
    private final String twin = "drg" + id;
    private String built;

    @BeforeAll
    static void swarm() {
        SwarmDockerd.start();
    }

    @AfterEach
    void removeStacks() {
        SwarmDockerd.dockerAnyway("stack", "rm", stack, twin);
        if (built != null) {
            SwarmDockerd.exec(List.of("docker", "rmi", "-f", built), false); // the shared engine's copy, ours
        }
    }

    private Path write(String image, String extra) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM berth/busybox:latest\nRUN echo " + id + " > /marker\n");
        return Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  app:
                    image: %s
                    %s
                    command: ["sleep", "3600"]
                    init: true
                    deploy: {replicas: 2, placement: {max_replicas_per_node: 1}}
                """.formatted(image, extra));
    }

    @Test
    void anImageBuiltAndPushedByBerthIsDeployedByItsDigestOnBothNodes() throws Exception {
        built = "127.0.0.1:5000/bswreg-" + id + "/app:1";
        Path file = write(built, "build: .");
        InProcessCli shared = new InProcessCli(dir);
        assertEquals(0, shared.run("-f", file.toString(), "build").code());
        InProcessCli.Ran pushed = shared.run("-f", file.toString(), "push");
        assertEquals(0, pushed.code(), pushed.out() + pushed.err());
        String repoDigest = SwarmDockerd.exec(List.of("docker", "image", "inspect", "--format", "{{index .RepoDigests 0}}", built), true).strip();
        String digest = repoDigest.substring(repoDigest.indexOf('@') + 1);

        InProcessCli.Ran deployed = new InProcessCli(dir, SwarmDockerd.environment())
                .run("stack", "deploy", "-c", file.toString(), "--resolve-image", "always", "--detach=false", stack);
        assertEquals(0, deployed.code(), deployed.out() + deployed.err());
        assertFalse(deployed.err().contains("could not be accessed on a registry"), deployed.err());
        assertEquals(built + "@" + digest, image(stack));
        // one task a node (max_replicas_per_node 1): node 2 pulled the image from the registry
        String ps = SwarmDockerd.docker("stack", "ps", stack, "--filter", "desired-state=running", "--format", "{{.Node}} {{.CurrentState}}");
        assertEquals(List.of("berth-node-1", "berth-node-2"), ps.lines().filter(l -> l.contains("Running"))
                .map(l -> l.split(" ")[0]).sorted().toList(), ps);

        SwarmDockerd.docker("stack", "deploy", "-c", file.toString(), "--resolve-image", "always", twin);
        assertEquals(image(twin), image(stack), "docker stack pins the same digest");
    }

    @Test
    void aRegistryThatDoesNotAnswerIsWarnedAboutAndTheServiceDeployedWithoutDigestAsDockerDoes() throws Exception {
        String image = "127.0.0.1:5999/bswreg-" + id + "/app:1"; // nothing listens on 5999 in the nodes' namespaces
        Path file = write(image, "");
        InProcessCli.Ran berth = new InProcessCli(dir, SwarmDockerd.environment())
                .run("stack", "deploy", "-c", file.toString(), "--resolve-image", "always", stack);
        String docker = twice(file, "--resolve-image", "always");
        assertEquals(0, berth.code(), berth.out() + berth.err());
        String warning = "image " + image + " could not be accessed on a registry to record\nits digest.";
        assertTrue(berth.err().contains(warning), berth.err());
        assertTrue(docker.contains(warning), docker);
        assertEquals(image, image(stack));
        assertEquals(image(twin), image(stack));
    }

    @Test
    void anImageOnlyOnTheManagerIsWarnedAboutAsTheDockerCliDoes() throws Exception {
        String image = "bswlocal-" + id + "/app:1";
        SwarmDockerd.docker("tag", "berth/busybox:latest", image); // on node 1 only
        Path file = write(image, "");
        InProcessCli.Ran berth = new InProcessCli(dir, SwarmDockerd.environment())
                .run("stack", "deploy", "-c", file.toString(), stack);
        String docker = twice(file);
        assertEquals(0, berth.code(), berth.out() + berth.err());
        String warning = "image " + image + " could not be accessed on a registry to record\nits digest. Each node will access "
                + image + " independently,\npossibly leading to different nodes running different\nversions of the image.";
        assertTrue(berth.err().contains(warning), berth.err());
        assertTrue(docker.contains(warning), docker);
        SwarmDockerd.dockerAnyway("rmi", image);
    }

    /**
     * The docker CLI's output of a second deploy of the file: it prints the engine client's digest warning for an update
     * only (it drops the create answer's warnings), where Berth warns on both (decision 0023).
     */
    private String twice(Path file, String... flags) {
        List<String> args = new java.util.ArrayList<>(List.of("stack", "deploy", "-c", file.toString()));
        args.addAll(List.of(flags));
        args.add(twin);
        SwarmDockerd.docker(args.toArray(String[]::new));
        return SwarmDockerd.docker(args.toArray(String[]::new));
    }

    private static String image(String stack) {
        return SwarmDockerd.docker("service", "inspect", stack + "_app", "--format", "{{.Spec.TaskTemplate.ContainerSpec.Image}}").strip();
    }
}
