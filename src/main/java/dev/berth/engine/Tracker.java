package dev.berth.engine;

import dev.berth.engine.DockerGateway.DockerEvent;
import dev.berth.engine.EngineEvent.Phase;
import dev.berth.engine.EngineEvent.ResourceChanged;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The live state of a project's containers, fed by the engine's event stream (start, die, health_status), and
 * the progress of plan lanes. Waits block on it until a condition holds: no polling.
 */
final class Tracker implements AutoCloseable {
    /** One container as last reported. */
    record Live(String id, String name, String serviceName, String state, String health, Integer exitCode) {}

    enum LaneStatus { PENDING, DONE, FAILED }

    private final Map<String, Live> containers = new HashMap<>();
    /** Events seen per container name: tells whether an inspect's answer may be older than what events said. */
    private final Map<String, Long> eventCounts = new HashMap<>();
    private final Map<String, LaneStatus> lanes = new HashMap<>();
    private final Map<String, String> laneErrors = new HashMap<>();
    private final EventSink sink;
    private Subscription subscription;
    /** Set when the engine ended the event stream (it stopped): waits then fail instead of waiting forever. */
    private String streamEnded;

    Tracker(EventSink sink) {
        this.sink = sink;
    }

    /** Subscribes before anything is observed, so no change falls between the snapshot and the stream. */
    static Tracker open(DockerGateway gateway, String projectName, EventSink sink) {
        Tracker t = new Tracker(sink);
        t.subscription = gateway.events(Map.of("type", List.of("container"),
                "label", List.of(Labels.PROJECT + "=" + projectName)), t::onEvent,
                () -> t.streamEnded("the Docker Engine at " + gateway.host() + " ended its event stream"));
        return t;
    }

    /** The engine ended the stream: waits now and from now on fail with {@code why}. */
    synchronized void streamEnded(String why) {
        streamEnded = why;
        notifyAll();
    }

    synchronized void seed(List<ContainerState> observed) {
        for (ContainerState c : observed) {
            if (!c.oneOff()) {
                containers.putIfAbsent(c.id(), new Live(c.id(), c.name(), c.serviceName(), c.state(), c.health(), c.exitCode()));
            }
        }
    }

    /** How many events about this container have arrived: take it before an engine call whose answer you put. */
    synchronized long eventsFor(String name) {
        return eventCounts.getOrDefault(name, 0L);
    }

    /**
     * A state read from the engine (inspect). If an event about the container arrived since {@code eventsBefore},
     * the events are newer than the answer (a healthcheck that passed while the inspect was on its way) and health
     * events do not repeat, so the answer only fills in what events cannot tell: that the container has a
     * healthcheck at all.
     */
    synchronized void putUnlessNewer(ContainerState c, long eventsBefore) {
        Live known = containers.get(c.id());
        String health = c.health() == null && "created".equals(c.state()) ? HEALTH_UNKNOWN : c.health();
        // Events since, and nothing known: they said it was removed (a down in another terminal); do not bring it back.
        if (eventsFor(c.name()) == eventsBefore) {
            containers.put(c.id(), new Live(c.id(), c.name(), c.serviceName(), c.state(), health, c.exitCode()));
        } else if (known != null && answersHealth(known, c)) {
            containers.put(c.id(), new Live(c.id(), known.name(), known.serviceName(), known.state(), c.health(),
                    known.exitCode()));
        }
        notifyAll();
    }

    /**
     * Whether an answer older than the events still tells what they could not: whether the container has a
     * healthcheck at all (its start, or its creation's event, came first), or that a running one has one. The state
     * stays what the events said.
     */
    private static boolean answersHealth(Live known, ContainerState c) {
        return HEALTH_UNKNOWN.equals(known.health()) && "running".equals(c.state())
                || known.health() == null && c.health() != null && "running".equals(known.state());
    }

    /**
     * Health not known yet: a container that has not run has no health in the engine's answers whether or not it
     * has a healthcheck (its image may bring one), so until an inspect of it running tells, it counts as starting.
     */
    static final String HEALTH_UNKNOWN = "unknown";

    /** A container this run has just created, before its events arrive. */
    synchronized void created(String containerId, String name, String serviceName) {
        containers.putIfAbsent(containerId, new Live(containerId, name, serviceName, "created", HEALTH_UNKNOWN, null));
        notifyAll();
    }

    /** A container removed by name, whatever its id. */
    synchronized void removedNamed(String name) {
        containers.values().removeIf(c -> name.equals(c.name()));
        notifyAll();
    }

    void onEvent(DockerEvent e) {
        ResourceChanged changed = EventTranslator.translate(e);
        if (changed == null || changed.serviceName() == null) {
            return;
        }
        // Report before waking waiters, so a dependant's "starting" never precedes the "healthy" it waited for.
        if (changed.phase() == Phase.HEALTHY || changed.phase() == Phase.UNHEALTHY || changed.phase() == Phase.EXITED) {
            sink.accept(changed);
        }
        synchronized (this) {
            eventCounts.merge(changed.resourceName(), 1L, Long::sum);
            Live old = containers.get(e.actorId());
            String health = old == null ? null : old.health();
            // a container first heard of by a health event runs (only a running container is checked): an up whose
            // subscription saw it turn healthy just before its snapshot waited for ever on a "created" one
            String state = old != null ? old.state() : isHealth(changed.phase()) ? "running" : "created";
            Integer exit = old == null ? null : old.exitCode();
            switch (changed.phase()) {
                case STARTED -> {
                    state = "running";
                    exit = null;
                    health = health == null || HEALTH_UNKNOWN.equals(health) ? health : "starting";
                }
                case EXITED -> { state = "exited"; exit = changed.exitCode(); }
                case HEALTHY -> health = "healthy";
                case UNHEALTHY -> health = "unhealthy";
                case STARTING -> health = "starting";
                case PAUSED -> state = "paused";
                case UNPAUSED -> state = "running";
                default -> { }
            }
            if (changed.phase() == Phase.REMOVED) {
                containers.remove(e.actorId());
            } else {
                containers.put(e.actorId(), new Live(e.actorId(), changed.resourceName(), changed.serviceName(), state,
                        health, exit));
            }
            notifyAll();
        }
    }

    private static boolean isHealth(Phase phase) {
        return phase == Phase.HEALTHY || phase == Phase.UNHEALTHY || phase == Phase.STARTING;
    }

    synchronized void lanePending(String serviceName) {
        lanes.put(serviceName, LaneStatus.PENDING);
    }

    synchronized void laneDone(String serviceName, String error) {
        lanes.put(serviceName, error == null ? LaneStatus.DONE : LaneStatus.FAILED);
        if (error != null) {
            laneErrors.put(serviceName, error);
        }
        notifyAll();
    }

    /** DONE for services outside the plan: they are as they are. */
    synchronized LaneStatus lane(String serviceName) {
        return lanes.getOrDefault(serviceName, LaneStatus.DONE);
    }

    synchronized String laneError(String serviceName) {
        return laneErrors.get(serviceName);
    }

    synchronized List<Live> containersOf(String serviceName) {
        return containers.values().stream().filter(c -> serviceName.equals(c.serviceName()))
                .sorted(java.util.Comparator.comparing(Live::name)).toList();
    }

    /**
     * Blocks until {@code check} gives a value (its verdict), re-checking on every change; null timeout = no limit.
     * Returns empty on timeout; throws {@link EngineException} when the engine's stream ended and nothing can change.
     */
    synchronized <T> Optional<T> await(Supplier<Optional<T>> check, Duration timeout) throws InterruptedException {
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> verdict = check.get();
            if (verdict.isPresent()) {
                return verdict;
            }
            if (streamEnded != null) {
                throw new EngineException(EngineException.Reason.UNREACHABLE, streamEnded);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            long millis = Math.max(1, Math.min(left / 1_000_000, 60_000));
            wait(millis);
        }
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.close();
        }
    }
}
