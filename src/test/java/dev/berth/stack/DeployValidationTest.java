package dev.berth.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy values only a Swarm reads: each problem at its path, with the values allowed. */
class DeployValidationTest {
    @TempDir Path dir;

    @Test
    void everyInvalidValueIsReportedAtItsPath() {
        var project = StackFiles.load(dir, "st", """
                services:
                  a:
                    image: busybox
                    deploy: {mode: bogus, endpoint_mode: rr, restart_policy: {condition: sometimes}}
                  b:
                    image: busybox
                    deploy: {mode: global, replicas: 2}
                  c:
                    build: .
                """);
        assertEquals(List.of(
                        "services.a.deploy.endpoint_mode: invalid value 'rr' (one of vip, dnsrr)",
                        "services.a.deploy.mode: invalid value 'bogus' (one of replicated, global, replicated-job, global-job)",
                        "services.a.deploy.restart_policy.condition: invalid value 'sometimes' (one of none, on-failure, any)",
                        "services.b.deploy.replicas: replicas can only be used with replicated or replicated-job mode"
                                + " (remove replicas, or use mode: replicated)",
                        "services.c: invalid image reference for service c: no image specified (a stack runs images from"
                                + " a registry: build and push it, then name it here)"),
                DeployValidation.check(project).stream().map(i -> i.path() + ": " + i.message() + " (" + i.hint() + ")").toList());
    }

    @Test
    void validSectionsPass() {
        var project = StackFiles.load(dir, "st", """
                services:
                  a:
                    image: busybox
                    deploy: {mode: replicated-job, replicas: 2, endpoint_mode: dnsrr, restart_policy: {condition: on-failure}}
                """);
        assertEquals(List.of(), DeployValidation.check(project));
    }
}
