package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.compose.model.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The executor's waits, failures, cancellation and parallel lanes, over the in-memory {@link FakeGateway}. */
class UpOverFakeEngineTest {
    private static final Path DIR = Path.of("/srv/p");
    private static final String HEALTHCHECK = "\"healthcheck\": {\"test\": [\"CMD\", \"true\"]}";

    private final FakeGateway fake = new FakeGateway().withImage("busybox");
    private final ComposeEngine engine = new DockerComposeEngine(fake);
    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();

    /** A project "p" whose services are given as JSON members, each on busybox and the default network. */
    private static Project project(String services) {
        return Projects.fromJson("""
                {"name": "p", "networks": {"default": {"name": "p_default", "ipam": {}}},
                 "services": {%s}}
                """.formatted(services), DIR);
    }

    private static String service(String name, String extra) {
        return "\"" + name + "\": {\"image\": \"busybox\", \"networks\": {\"default\": null}"
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    private static String dependsOn(String dependency, String condition, boolean required) {
        return "\"depends_on\": {\"" + dependency + "\": {\"condition\": \"" + condition + "\", \"required\": "
                + required + "}}";
    }

    /** Runs up on its own thread; the reference holds its failure, if any. */
    private Thread upInBackground(Project project, AtomicReference<Throwable> failure) {
        Thread t = new Thread(() -> {
            try {
                engine.up(project, UpOptions.defaults(), events::add);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        t.start();
        return t;
    }

    @Test
    void independentServicesStartSideBySide() throws Exception {
        Project p = project(service("a", "") + ", " + service("b", ""));
        CountDownLatch holdA = fake.hold("start p-a-1");
        CountDownLatch holdB = fake.hold("start p-b-1");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread up = upInBackground(p, failure);

        // both starts held at once: one lane in order would never reach the second while the first waits
        assertThat(fake.awaitCall("start p-a-1") && fake.awaitCall("start p-b-1")).isTrue();
        assertThat(fake.mostInFlight()).isGreaterThanOrEqualTo(2);
        holdA.countDown();
        holdB.countDown();
        up.join(5_000);
        assertThat(up.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
    }

    @Test
    void aDependantStartsOnlyOnceItsDependencyReportsHealthy() throws Exception {
        Project p = project(service("db", HEALTHCHECK) + ", "
                + service("api", dependsOn("db", "service_healthy", true)));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread up = upInBackground(p, failure);

        assertThat(fake.awaitCall("inspect p-db-1")).as("db started").isTrue();
        assertThat(fake.calls()).doesNotContain("start p-api-1");
        fake.health("p-db-1", "healthy");
        up.join(5_000);
        assertThat(failure.get()).isNull();
        assertThat(fake.calls()).containsSubsequence("start p-db-1", "start p-api-1");
    }

    @Test
    void serviceHealthyOnADependencyWithoutHealthcheckFailsLikeTheReference() {
        Project p = project(service("db", "") + ", "
                + service("api", dependsOn("db", "service_healthy", true)) + ", "
                + service("opt", dependsOn("db", "service_healthy", false)));

        assertThatThrownBy(() -> engine.up(p, UpOptions.defaults(), events::add))
                .isInstanceOf(EngineException.class)
                .hasMessage("service api: dependency failed to start: container p-db-1 has no healthcheck configured");
        assertThat(fake.calls()).contains("start p-opt-1").doesNotContain("start p-api-1");
        assertThat(events).anyMatch(e -> e instanceof EngineEvent.Warning w && w.message().contains("optional dependency db"));
    }

    @Test
    void anOptionalDependencyOnAServiceThatIsNowhereIsRefusedBeforeAnythingIsCreated() {
        Project p = project(service("app", dependsOn("ghost", "service_started", false)));

        assertThatThrownBy(() -> engine.up(p, UpOptions.defaults(), events::add))
                .isInstanceOf(EngineException.class)
                .hasMessage("service \"app\" depends on undefined service \"ghost\": invalid compose project");
        assertThat(fake.calls()).noneMatch(c -> c.startsWith("create"));
    }

    @Test
    void aFailedStartFailsItsLaneAndDependantsInTheEnginesWordsAndSparesTheOthers() {
        Project p = project(service("web", "") + ", " + service("other", "") + ", "
                + service("app", dependsOn("web", "service_started", true)));
        fake.failOn("start p-web-1", new EngineException(EngineException.Reason.ENGINE_ERROR,
                "start p-web-1: Bind for 0.0.0.0:8080 failed: port is already allocated"));

        assertThatThrownBy(() -> engine.up(p, UpOptions.defaults(), events::add))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("service web: container p-web-1 cannot start: start p-web-1: Bind for "
                        + "0.0.0.0:8080 failed: port is already allocated")
                .hasMessageContaining("service app: dependency failed to start: service web failed:");
        assertThat(fake.calls()).contains("start p-other-1").doesNotContain("start p-app-1");
    }

    @Test
    void interruptingUpEndsTheWaitAndStartsNothingMore() throws Exception {
        Project p = project(service("db", HEALTHCHECK) + ", "
                + service("api", dependsOn("db", "service_healthy", true)));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread up = upInBackground(p, failure);

        assertThat(fake.awaitCall("inspect p-db-1")).as("db started").isTrue();
        up.interrupt(); // Ctrl-C: db never becomes healthy
        up.join(5_000);
        assertThat(up.isAlive()).as("up returned after the interrupt").isFalse();
        assertThat(fake.calls()).doesNotContain("start p-api-1");
    }

    @Test
    void aNetworkAnotherUpCreatedMeanwhileIsTheGoalHoldingAnyOtherFailureIsNot() {
        Project p = project(service("a", ""));
        fake.failOn("createNetwork p_default", new EngineException(EngineException.Reason.CONFLICT, "whatever it says"));
        engine.up(p, UpOptions.defaults(), events::add);
        assertThat(fake.calls()).contains("start p-a-1");

        engine.down("p", p, DownOptions.defaults(), EventSink.NONE);
        fake.failOn("createNetwork p_default", new EngineException(EngineException.Reason.ENGINE_ERROR, "it exists"));
        assertThatThrownBy(() -> engine.up(p, UpOptions.defaults(), EventSink.NONE)).hasMessageContaining("it exists");
    }

    @Test
    void aDeclinedApprovalChangesNothingAndSawThePlan() {
        Project p = project(service("a", ""));
        List<String> seen = new ArrayList<>();
        engine.up(p, UpOptions.defaults().withApproval(plan -> {
            seen.add(plan.toString());
            return false;
        }), events::add);

        assertThat(seen).singleElement().asString().contains("create container p-a-1");
        assertThat(fake.calls()).noneMatch(c -> c.startsWith("create") || c.startsWith("start"));
    }

    @Test
    void anImageRebuiltByUpRecreatesItsContainerInTheSameRun() {
        Project p = Projects.fromJson("""
                {"name": "p", "networks": {"default": {"name": "p_default", "ipam": {}}},
                 "services": {"web": {"build": {"context": ".", "dockerfile": "Dockerfile"},
                                      "networks": {"default": null}}}}
                """, DIR);
        engine.up(p, UpOptions.defaults(), EventSink.NONE);
        fake.removeImage("p-web"); // pruned meanwhile: the next up builds it again, with a new id
        int before = fake.calls().size();

        engine.up(p, UpOptions.defaults(), EventSink.NONE);
        assertThat(fake.calls().subList(before, fake.calls().size()))
                .containsSubsequence("build p-web", "remove p-web-1", "create p-web-1", "start p-web-1");
    }

    @Test
    void rmAsksWithTheNamesAndRemovesOnlyStoppedContainersUnlessToldToStop() {
        Project p = project(service("a", "") + ", " + service("b", ""));
        engine.up(p, UpOptions.defaults(), EventSink.NONE);
        engine.stop("p", p, StopOptions.of(List.of("a")), EventSink.NONE);
        List<List<String>> asked = new ArrayList<>();

        List<String> removed = engine.remove("p", RemoveOptions.of(List.of()).withApproval(names -> {
            asked.add(names);
            return true;
        }), EventSink.NONE);
        assertThat(asked).containsExactly(List.of("p-a-1"));
        assertThat(removed).containsExactly("p-a-1");
        assertThat(engine.state("p", ContainerScope.ALL).containers()).extracting(ContainerState::name)
                .containsExactly("p-b-1");
    }

    /** As the reference: kill reaches the project's one-off (run) containers, rm leaves them alone. */
    @Test
    void killTakesOneOffContainersAlongRmLeavesThem() {
        Project p = project(service("a", ""));
        engine.up(p, UpOptions.defaults(), EventSink.NONE);
        engine.run(p, "a", RunOptions.of(List.of("sleep", "9")).withName("p-a-run-1").withDetach(true)
                .withNoDeps(true), EventSink.NONE);

        engine.kill("p", new KillOptions(List.of(), null), EventSink.NONE);
        assertThat(fake.calls()).filteredOn(c -> c.startsWith("kill ")).hasSize(2);
        assertThat(engine.state("p", ContainerScope.RUNNING).containers()).isEmpty();
        List<String> removed = engine.remove("p", RemoveOptions.of(List.of()), EventSink.NONE);
        assertThat(removed).containsExactly("p-a-1");
    }
}
