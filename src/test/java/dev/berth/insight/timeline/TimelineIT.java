package dev.berth.insight.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.DockerComposeEngine;
import dev.berth.engine.DownOptions;
import dev.berth.engine.EventSink;
import dev.berth.engine.UpOptions;
import dev.berth.engine.docker.DockerJavaGateway;
import dev.berth.insight.Loads;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A health-gated chain on the real dockerd gives a timeline whose critical path is the chain. */
class TimelineIT {
    @TempDir Path dir;

    @Test
    void theCriticalPathOfAHealthGatedChainIsTheChain() throws Exception {
        String name = "berthit-timeline-" + UUID.randomUUID().toString().substring(0, 8);
        String healthy = """
                    image: berth/busybox:latest
                    init: true
                    command: ["sh", "-c", "sleep 1; touch /tmp/ok; exec sleep 300"]
                    healthcheck: {test: ["CMD", "test", "-f", "/tmp/ok"], interval: 300ms, retries: 50}
                """;
        Project project = Loads.load(dir, "name: " + name + "\nservices:\n  db:\n" + healthy
                + "  api:\n" + healthy + "    depends_on: {db: {condition: service_healthy}}\n"
                + "  side:\n    image: berth/busybox:latest\n    init: true\n    command: [sleep, '300']\n"
                + "  web:\n    image: berth/busybox:latest\n    init: true\n    command: [sleep, '300']\n"
                + "    depends_on: {api: {condition: service_healthy}, side: {condition: service_started}}\n")
                .project();
        try (ComposeEngine engine = new DockerComposeEngine(DockerJavaGateway.connect(Map.of()))) {
            try {
                StartupTimeline t;
                try (TimelineRecorder r = TimelineRecorder.start(engine, name, System.currentTimeMillis() * 1_000_000L)) {
                    engine.up(project, UpOptions.defaults(), EventSink.NONE);
                    t = r.settle(project, Duration.ofSeconds(60));
                }
                assertThat(TimelineText.chain(t)).containsExactly("db", "api", "web");
                assertThat(t.criticalPath()).filteredOn(s -> s.kind() == Step.Kind.HEALTH)
                        .extracting(Step::serviceName).containsExactly("db", "api");
                // each healthcheck waits for the command's one-second sleep
                assertThat(t.criticalPath()).filteredOn(s -> s.kind() == Step.Kind.HEALTH)
                        .allSatisfy(s -> assertThat(s.duration()).isGreaterThan(Duration.ofMillis(900)));
                var web = t.services().get("web");
                assertThat(web.started()).isGreaterThan(t.services().get("api").healthy());
                assertThat(t.total()).isGreaterThan(Duration.ofSeconds(2));
            } finally {
                engine.down(name, project, new DownOptions(true, false, null, 0), EventSink.NONE);
            }
        }
    }
}
