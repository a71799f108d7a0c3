package dev.berth.insight.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerScope;
import dev.berth.engine.DockerComposeEngine;
import dev.berth.engine.DownOptions;
import dev.berth.engine.EventSink;
import dev.berth.engine.UpOptions;
import dev.berth.engine.docker.DockerJavaGateway;
import dev.berth.insight.Loads;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stats reach the view soon after a container's start (the time is printed); what following 50 services costs in
 * CPU is a benchmark (scripts/bench-ui.sh with BERTH_BENCH_USAGE=1), not part of the suite.
 */
class StatsFeedIT {
    @TempDir Path dir;

    private static String services(int n) {
        StringBuilder b = new StringBuilder("services:\n");
        for (int i = 0; i < n; i++) {
            b.append("  s").append(i).append(": {image: berth/busybox:latest, init: true, command: [sleep, '300']}\n");
        }
        return b.toString();
    }

    @Test
    void statsAppearSoonAfterStart() throws Exception {
        String name = "berthit-stats-" + UUID.randomUUID().toString().substring(0, 8);
        Project project = Loads.load(dir, "name: " + name + "\n" + services(1)).project();
        try (ComposeEngine engine = new DockerComposeEngine(DockerJavaGateway.connect(Map.of()))) {
            try {
                engine.up(project, UpOptions.defaults(), EventSink.NONE);
                long started = System.nanoTime();
                CountDownLatch first = new CountDownLatch(1);
                try (StatsFeed feed = new StatsFeed(engine, u -> {
                    if (u.containerName().equals(name + "-s0-1")) {
                        first.countDown();
                    }
                })) {
                    feed.follow(engine.state(name, ContainerScope.RUNNING).containers());
                    assertThat(first.await(30, TimeUnit.SECONDS)).as("a sample of the running container").isTrue();
                    System.out.printf("first stats sample %d ms after up returned%n",
                            (System.nanoTime() - started) / 1_000_000);
                    feed.follow(java.util.List.of());
                    assertThat(feed.streaming()).isZero();
                }
            } finally {
                engine.down(name, project, new DownOptions(true, false, null, 0), EventSink.NONE);
            }
        }
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "berth.bench.usage", matches = "true")
    void followingFiftyServicesCostsLittleCpu() throws Exception {
        String name = "berthit-stats50-" + UUID.randomUUID().toString().substring(0, 8);
        Project project = Loads.load(dir, "name: " + name + "\n" + services(50)).project();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (ComposeEngine engine = new DockerComposeEngine(DockerJavaGateway.connect(Map.of()))) {
            try {
                engine.up(project, UpOptions.defaults(), EventSink.NONE);
                Set<String> seen = ConcurrentHashMap.newKeySet();
                try (StatsFeed feed = new StatsFeed(engine, u -> seen.add(u.serviceName() + " " + u.containerName()))) {
                    feed.follow(engine.state(name, ContainerScope.RUNNING).containers());
                    long cpu0 = os.getProcessCpuTime();
                    long wall0 = System.nanoTime();
                    TimeUnit.SECONDS.sleep(20); // a measurement window, not a wait for an outcome
                    double cpu = (os.getProcessCpuTime() - cpu0) / (double) (System.nanoTime() - wall0) * 100;
                    String line = String.format("following %d services' stats: %.1f%% of one core over 20 s, load %s%n",
                            feed.streaming(), cpu, java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
                    System.out.print(line);
                    java.nio.file.Files.writeString(Path.of("target", "benchmark-ui.txt"), line,
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                    assertThat(seen).hasSize(50);
                }
            } finally {
                engine.down(name, project, new DownOptions(true, false, null, 0), EventSink.NONE);
            }
        }
    }
}
