package dev.berth.insight.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import dev.berth.engine.ContainerEvent;
import dev.berth.insight.Loads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The critical path and its advice, on constructed timings (milliseconds since up began). */
class StartupTimelineTest {
    private static final long MS = 1_000_000L;
    @TempDir Path dir;
    private final List<ContainerEvent> events = new ArrayList<>();

    private void at(long ms, String service, String action, String... attrs) {
        Map<String, String> a = new java.util.HashMap<>(Map.of("com.docker.compose.service", service,
                "name", "p-" + service + "-1"));
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            a.put(attrs[i], attrs[i + 1]);
        }
        events.add(new ContainerEvent(action, service + "-id", a, 1_000_000_000_000L + ms * MS));
    }

    private Project chain() {
        return Loads.load(dir, """
                services:
                  db:
                    image: db
                    healthcheck: {test: ["CMD", "true"], interval: 10s}
                  cache:
                    image: cache
                  api:
                    image: api
                    depends_on:
                      db: {condition: service_healthy}
                      cache: {condition: service_started}
                  web:
                    image: web
                    depends_on: [api]
                """).project();
    }

    @Test
    void theHealthGatedChainIsThePathNotTheFasterSibling() {
        for (String s : List.of("cache", "db", "api", "web")) {
            at(10, s, "create");
        }
        at(50, "db", "start");
        at(60, "cache", "start");
        at(10_050, "db", "health_status: healthy");
        at(10_200, "api", "start");
        at(10_400, "web", "start");
        StartupTimeline t = StartupTimeline.of(chain(), events, 1_000_000_000_000L);

        assertThat(TimelineText.chain(t)).containsExactly("db", "api", "web");
        assertThat(t.criticalPath()).extracting(Step::kind).containsExactly(Step.Kind.PREPARE, Step.Kind.START,
                Step.Kind.HEALTH, Step.Kind.GATE, Step.Kind.GATE);
        assertThat(t.total().toMillis()).isEqualTo(10_400);
        assertThat(t.criticalPath().get(3).gate().dependency()).isEqualTo("db");
        assertThat(t.gatesOf("api")).extracting(Gate::dependency).containsExactly("cache", "db");
    }

    @Test
    void aHealthyAtTheFirstCheckSaysTheIntervalHidThePossiblyEarlierReadiness() {
        for (String s : List.of("cache", "db", "api", "web")) {
            at(0, s, "create");
        }
        at(50, "db", "start");
        at(60, "cache", "start");
        at(10_050, "db", "health_status: healthy");
        at(10_200, "api", "start");
        at(10_400, "web", "start");
        Project p = chain();
        List<String> advice = Shortening.of(StartupTimeline.of(p, events, null), p);

        assertThat(advice).anySatisfy(a -> assertThat(a).startsWith("db's healthcheck interval 10s: healthy at its"
                + " first check, seen at 10.00 s after start"));
        assertThat(advice).anySatisfy(a -> assertThat(a).startsWith("api waited 10.05 s for db to be healthy"));
    }

    @Test
    void aServiceCreatedAfterItsGateOpenedIsOnThePathThroughItsOwnCreation() {
        at(0, "db", "create");
        at(100, "db", "start");
        at(600, "db", "health_status: healthy");
        at(0, "cache", "create");
        at(100, "cache", "start");
        at(5_000, "api", "create"); // a slow build: the gates were open long before
        at(5_300, "api", "start");
        at(5_000, "web", "create");
        at(5_500, "web", "start");
        StartupTimeline t = StartupTimeline.of(chain(), events, null);

        assertThat(TimelineText.chain(t)).containsExactly("api", "web");
        assertThat(t.criticalPath().getFirst().kind()).isEqualTo(Step.Kind.PREPARE);
        assertThat(t.criticalPath().getFirst().duration().toMillis()).isEqualTo(5_000);
    }

    @Test
    void aCompletedDependencyPutsItsRunOnThePathAndAFailedOneOpensNoGate() {
        Project p = Loads.load(dir, """
                services:
                  migrate: {image: m}
                  app:
                    image: a
                    depends_on: {migrate: {condition: service_completed_successfully}}
                """).project();
        at(0, "migrate", "create");
        at(0, "app", "create");
        at(100, "migrate", "start");
        at(3_100, "migrate", "die", "exitCode", "0");
        at(3_200, "app", "start");
        StartupTimeline t = StartupTimeline.of(p, events, null);
        assertThat(t.criticalPath()).extracting(Step::kind).containsExactly(Step.Kind.START, Step.Kind.RUN,
                Step.Kind.GATE);
        assertThat(t.criticalPath().get(1).duration().toMillis()).isEqualTo(3_000);

        events.set(3, new ContainerEvent("die", "migrate-id", Map.of("com.docker.compose.service", "migrate",
                "exitCode", "1"), 1_000_000_000_000L + 3_100 * MS));
        assertThat(StartupTimeline.of(p, events, null).gatesOf("app").getFirst().opened()).isNull();
    }

    @Test
    void theSlowestReplicaDecidesAndTheTextNamesEveryService() {
        Project p = chain();
        at(0, "db", "create");
        at(100, "db", "start");
        at(0, "db", "create");
        at(900, "db", "start"); // second replica
        StartupTimeline t = StartupTimeline.of(p, events, null);
        assertThat(t.services().get("db").started()).isEqualTo(1_000_000_000_000L + 900 * MS);
        String text = TimelineText.render(t, p);
        assertThat(text).startsWith("Critical path: 0.90 s (db)\n").contains("  db                 0.00     0.90");
    }
}
