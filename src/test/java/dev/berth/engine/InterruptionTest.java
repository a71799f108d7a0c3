package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Network;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sentence up and down end with when the engine goes away in their middle: what was left, what to do. */
class InterruptionTest {
    private final Interruption run = new Interruption(EventSink.NONE);

    @Test
    void upNamesWhatItCreatedAndWhichContainersItStarted() {
        finished(new Operation.CreateNetwork(new Network("default", "p_default", null, false, false, false, Map.of()), "missing"));
        finished(new Operation.CreateContainer("a", "p-a-1", 1, "missing"));
        finished(new Operation.CreateContainer("b", "p-b-1", 1, "missing"));
        finished(new Operation.StartContainer("a", "p-a-1", "created"));
        run.accept(new EngineEvent.OperationFinished(new Operation.StartContainer("b", "p-b-1", "created"), "refused"));
        EngineException e = run.explain("up", null, failure(), gateway(false));
        assertThat(e.getMessage()).isEqualTo("Cannot connect to the Docker daemon at unix:///x.sock: it went away in "
                + "the middle of up, leaving network p_default, container p-a-1 (started), container p-b-1 (created, "
                + "not started); run up again once it answers.");
        assertThat(e.reason()).isEqualTo(EngineException.Reason.UNREACHABLE);
    }

    @Test
    void downNamesWhatItMeantToRemoveAndDidNot() {
        Operation gone = new Operation.RemoveContainer("b", "p-b-1", false, "down");
        Plan plan = new Plan("p", List.of(), Map.of("a", List.of(new Operation.RemoveContainer("a", "p-a-1", false, "down")),
                "b", List.of(gone)), List.of(new Operation.RemoveNetwork("p_default", "down")), List.of());
        finished(gone);
        assertThat(run.explain("down", plan, failure(), gateway(false)).getMessage()).isEqualTo("Cannot connect to the "
                + "Docker daemon at unix:///x.sock: it went away in the middle of down, leaving container p-a-1, "
                + "network p_default; run down again once it answers.");
    }

    @Test
    void aFailureWhileTheEngineAnswersIsLeftAsItIs() {
        EngineException failure = failure();
        assertThat(run.explain("up", null, failure, gateway(true))).isSameAs(failure);
    }

    private void finished(Operation op) {
        run.accept(new EngineEvent.OperationFinished(op, null));
    }

    private static EngineException failure() {
        return new EngineException(EngineException.Reason.DEPENDENCY_FAILED, "service b: container p-a-1 exited (143)");
    }

    /** Only host() and answers() are asked. */
    private static DockerGateway gateway(boolean answers) {
        return (DockerGateway) Proxy.newProxyInstance(DockerGateway.class.getClassLoader(),
                new Class<?>[] {DockerGateway.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "host" -> "unix:///x.sock";
                    case "answers" -> answers;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
