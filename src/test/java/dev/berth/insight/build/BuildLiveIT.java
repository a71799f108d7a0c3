package dev.berth.insight.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import dev.berth.engine.BuildOptions;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.DockerComposeEngine;
import dev.berth.engine.DownOptions;
import dev.berth.engine.EngineEvent;
import dev.berth.engine.EventSink;
import dev.berth.engine.docker.DockerJavaGateway;
import dev.berth.insight.Loads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build's steps reach the window as they happen: each step in order, the slow one seen before it ends. */
class BuildLiveIT {
    @TempDir Path dir;

    private record Seen(long atNanos, String service, String headline, int step) {}

    @Test
    void buildStepsArriveLiveInOrder() throws Exception {
        String name = "berthit-buildlive-" + UUID.randomUUID().toString().substring(0, 8);
        // a unique line defeats the build cache of other runs, so every step runs
        Files.writeString(dir.resolve("Dockerfile"), """
                FROM berth/busybox:latest AS base
                RUN echo %s > /id
                RUN echo two > /two
                RUN sleep 2
                RUN echo four > /four
                CMD ["sleep", "300"]
                """.formatted(name));
        Project project = Loads.load(dir, "name: " + name + "\nservices:\n  app:\n    build: .\n").project();
        BuildSteps steps = new BuildSteps();
        List<Seen> seen = new ArrayList<>();
        EventSink sink = e -> {
            synchronized (seen) {
                String service = steps.accept(e);
                if (service != null) {
                    BuildProgress p = steps.progress(service);
                    seen.add(new Seen(System.nanoTime(), service, p.headline(), p.step()));
                }
            }
        };
        try (ComposeEngine engine = new DockerComposeEngine(DockerJavaGateway.connect(Map.of()))) {
            try {
                engine.build(project, BuildOptions.of(List.of()), sink);
            } finally {
                engine.down(name, project, new DownOptions(false, false, "local", 0), EventSink.NONE);
            }
        }
        BuildProgress end = steps.progress("app");
        assertThat(end.state()).isEqualTo(BuildProgress.State.BUILT);
        // six instructions, and the engine's builder adds a LABEL step for the labels the build sets
        assertThat(end.total()).isGreaterThanOrEqualTo(6);
        assertThat(seen.stream().map(Seen::step).distinct().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(0, end.total()).boxed().toList());
        assertThat(seen).extracting(Seen::headline).contains("Step 4/" + end.total() + " · base · RUN sleep 2",
                "built (" + end.total() + " steps)");
        Seen slow = seen.stream().filter(s -> s.headline().contains("RUN sleep 2")).findFirst().orElseThrow();
        Seen next = seen.stream().filter(s -> s.step() == 5).findFirst().orElseThrow();
        assertThat((next.atNanos() - slow.atNanos()) / 1_000_000).as("the slow step was seen as it began, ms before the next")
                .isGreaterThan(1500);
    }
}
