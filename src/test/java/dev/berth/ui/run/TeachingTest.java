package dev.berth.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.Operation;
import dev.berth.ui.TestProjects;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeachingTest {
    @Test
    void theCaptionSaysWhatStartsAndWhichGateOpened() {
        var p = TestProjects.webapp();
        assertThat(Teaching.caption(new Operation.StartContainer("api", "webapp-api-1", "it was created"), p))
                .isEqualTo("Starting api: db is healthy");
        assertThat(Teaching.caption(new Operation.StartContainer("db", "webapp-db-1", "it was created"), p))
                .isEqualTo("Starting db");
    }

    @Test
    void stepModeGivesTheCauseAndTheGateInOneSentence() {
        var p = TestProjects.webapp();
        assertThat(Teaching.why(new Operation.StartContainer("web", "webapp-web-1", "it was created"), p))
                .isEqualTo("The gate opened: api is healthy, so web starts now (it was created).");
        assertThat(Teaching.why(new Operation.AwaitDependencies("api", List.of(TestProjects.healthy("db")), "depends_on"), p))
                .isEqualTo("api may not start yet: its depends_on says db is healthy.");
        Teaching t = new Teaching();
        t.showStep(new Operation.StartContainer("db", "webapp-db-1", "it was created"), "docker start webapp-db-1", p);
        assertThat(t.commandProperty().get()).isEqualTo("docker start webapp-db-1");
        assertThat(t.whyProperty().get()).startsWith("db depends on nothing");
        t.showStep(null, "", p);
        assertThat(t.commandProperty().get()).isEmpty();
    }
}
