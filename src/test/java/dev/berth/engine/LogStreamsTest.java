package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.DockerGateway.DockerEvent;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Where a followed log stream starts reading a container that starts while it follows. */
class LogStreamsTest {
    private static final Map<String, String> ATTRS = Map.of("name", "demo-db-1", Labels.SERVICE, "db",
            Labels.PROJECT, "demo", Labels.NUMBER, "1");
    private static final long START = 1_700_000_000_123_456_789L;

    /** The engine's events as given to the stream, and the {@code since} each logs call asked for, by container. */
    private final Map<String, Instant> since = new HashMap<>();
    private final Map<String, Boolean> asked = new HashMap<>();
    private Consumer<DockerEvent> events;

    private DockerGateway gateway() {
        return (DockerGateway) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DockerGateway.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "containers" -> List.of();
                    case "events" -> {
                        @SuppressWarnings("unchecked")
                        Consumer<DockerEvent> onEvent = (Consumer<DockerEvent>) args[1];
                        events = onEvent;
                        yield (Subscription) () -> { };
                    }
                    case "logs" -> {
                        since.put((String) args[0], (Instant) args[3]);
                        asked.put((String) args[0], true);
                        yield (Subscription) () -> { };
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private void open() {
        LogStreams.open(gateway(), "demo", new LogOptions(List.of(), true, null, null, null, null, false, false),
                EventSink.NONE);
    }

    /** Prevents losing a service's first lines: they can be older than the engine's start event. */
    @Test
    void aContainerCreatedWhileFollowingIsReadFromItsFirstLine() {
        open();
        events.accept(new DockerEvent("container", "create", "new", ATTRS, START - 1_000_000));
        events.accept(new DockerEvent("container", "start", "new", ATTRS, START));
        assertThat(asked).containsKey("new");
        assertThat(since.get("new")).as("all of its output").isNull();
    }

    @Test
    void aContainerThatRanBeforeIsReadFromThisStartOn() {
        open();
        events.accept(new DockerEvent("container", "start", "old", ATTRS, START));
        assertThat(since.get("old")).isEqualTo(Instant.ofEpochSecond(0, START));
    }

    @Test
    void otherEventsAttachNothing() {
        open();
        events.accept(new DockerEvent("container", "create", "new", ATTRS, START));
        events.accept(new DockerEvent("container", "die", "new", ATTRS, START));
        assertThat(asked).isEmpty();
    }
}
