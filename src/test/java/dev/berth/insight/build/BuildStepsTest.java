package dev.berth.insight.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineEvent.ImageProgress;
import dev.berth.engine.EngineEvent.ResourceChanged;
import org.junit.jupiter.api.Test;

/** Build events become a step in progress with its stage; output is kept; the end or a failure is marked. */
class BuildStepsTest {
    private static ResourceChanged image(String service, EngineEvent.Phase phase) {
        return new ResourceChanged(EngineEvent.Kind.IMAGE, "p-" + service, service, phase, null, null);
    }

    private static ImageProgress line(String service, String text) {
        return new ImageProgress(service, "p-" + service, text, null, null);
    }

    @Test
    void stepsAndStagesFollowTheBuildersLines() {
        BuildSteps b = new BuildSteps();
        assertThat(b.accept(line("api", "Step 1/4 : FROM x"))).as("no build started").isNull();
        assertThat(b.accept(image("api", EngineEvent.Phase.BUILDING))).isEqualTo("api");
        assertThat(b.progress("api").headline()).isEqualTo("sending the build context");
        b.accept(line("api", "Step 1/5 : FROM golang:1.22 AS builder"));
        b.accept(line("api", " ---> 1a2b3c"));
        b.accept(line("api", "Step 2/5 : RUN go build ./..."));
        BuildProgress p = b.progress("api");
        assertThat(p.headline()).isEqualTo("Step 2/5 · builder · RUN go build ./...");
        assertThat(p.share()).isEqualTo(0.4);
        b.accept(line("api", "Step 3/5 : FROM alpine"));
        assertThat(b.progress("api").stage()).isEqualTo("stage 2");
        b.accept(image("api", EngineEvent.Phase.BUILT));
        assertThat(b.progress("api").share()).isEqualTo(1);
        assertThat(b.progress("api").output()).hasSize(4);
        assertThat(b.progress("api").headline()).isEqualTo("built (5 steps)");
    }

    @Test
    void aRunThatEndsWhileBuildingMarksTheBuildFailed() {
        BuildSteps b = new BuildSteps();
        b.accept(image("web", EngineEvent.Phase.BUILDING));
        b.accept(line("web", "Step 2/3 : RUN false"));
        b.accept(image("db", EngineEvent.Phase.BUILDING));
        b.accept(image("db", EngineEvent.Phase.BUILT));
        assertThat(b.endRunning()).containsExactly("web");
        assertThat(b.progress("web").headline()).isEqualTo("failed at Step 2/3 · stage 1 · RUN false");
    }
}
