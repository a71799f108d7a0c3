package dev.berth.engine;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** {@code run}: a one-off container, named and labelled as the reference names its run containers. */
final class OneOff {
    private final DockerGateway gateway;

    OneOff(DockerGateway gateway) {
        this.gateway = gateway;
    }

    int run(Project project, Service service, RunOptions o, EventSink sink) {
        byte[] slug = new byte[16];
        ThreadLocalRandom.current().nextBytes(slug);
        String hex = HexFormat.of().formatHex(slug);
        String name = o.name() != null ? o.name() : project.name() + "-" + service.name() + "-run-" + hex.substring(0, 12);
        ContainerSpec base = SpecBuilder.build(project, service, 1, name, gateway.imageId(service.imageName(project.name())));
        Map<String, String> labels = new LinkedHashMap<>(base.labels());
        labels.put(Labels.ONE_OFF, "True");
        labels.put(Labels.SLUG, hex);
        List<String> env = new ArrayList<>(base.environment());
        o.environment().forEach((k, v) -> env.add(k + "=" + v));
        ContainerSpec spec = new ContainerSpec(name, base.image(), o.command() != null ? o.command() : base.command(),
                o.entrypoint() != null ? List.of(o.entrypoint()) : base.entrypoint(), env, labels,
                o.user() != null ? o.user() : base.user(), o.workingDir() != null ? o.workingDir() : base.workingDir(),
                base.hostname(), o.tty() ? Boolean.TRUE : base.tty(), interactive(o) ? Boolean.TRUE : base.stdinOpen(),
                o.servicePorts() ? base.ports() : List.of(),
                base.exposedPorts(), base.mounts(), base.tmpfs(), base.networkMode(),
                SpecBuilder.endpoints(project, service, name, false), base.healthcheck(),
                null, null, base.init(), base.stopSignal(), base.stopGracePeriod(), base.capAdd(), base.capDrop(),
                base.ulimits(), base.memoryBytes(), base.memoryReservationBytes(), base.nanoCpus(), base.pidsLimit(),
                base.privileged(), base.readOnly(), base.extraHosts(), base.dns(), base.sysctls(), base.securityOpt(),
                base.shmSizeBytes(), base.groupAdd(), base.volumesFrom(), base.ipc(), base.pid(), base.extras());
        List<DockerGateway.FileCopy> files = InjectedFiles.of(project, service);
        String id = gateway.create(spec);
        gateway.copyFiles(id, files); // the reference's run has them too
        if (o.detach()) {
            gateway.start(id);
            sink.accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.CONTAINER, name, service.name(),
                    EngineEvent.Phase.STARTED, null, null));
            return 0;
        }
        java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
        java.util.function.Consumer<DockerGateway.LogChunk> output = chunk -> sink.accept(new EngineEvent.LogLine(
                service.name(), name, chunk.stderr(), java.time.Instant.now(), chunk.line()));
        Subscription logs;
        if (interactive(o)) {
            // stdin needs the attach stream, opened before the start; its output comes raw, not split into lines.
            logs = gateway.attach(id, o.stdin(), output, ended::countDown);
            gateway.start(id);
        } else {
            gateway.start(id);
            // Followed after the start: the engine keeps the output, so nothing is lost, and a follow on a
            // container that already exited just returns what it wrote.
            logs = gateway.logs(id, true, null, null, null, false, output, ended::countDown);
        }
        // Like the reference's run: the container's terminal takes the caller's size once started, then follows it.
        Subscription window = o.tty() && o.window() != null ? o.window().follow(size -> gateway.resizeContainer(id, size))
                : () -> {};
        try {
            int code = gateway.waitFor(id);
            ended.await(10, java.util.concurrent.TimeUnit.SECONDS);
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            window.close();
            logs.close();
            if (o.remove()) {
                gateway.remove(id, true, true);
            }
        }
    }

    private static boolean interactive(RunOptions o) {
        return o.stdin() != null && !o.detach();
    }
}
