package dev.berth.engine;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An in-memory Docker Engine for unit tests: containers, networks, volumes and images kept in maps, the events a real
 * engine sends (create, start, die, health_status, destroy) sent to subscribers, and every call recorded
 * ({@code "start p-web-1"}). A call can be made to fail ({@link #failOn}) or to wait ({@link #hold}), and the most
 * calls in flight at once is counted, so the executor's failure, cancellation and concurrency paths run in
 * milliseconds.
 */
public final class FakeGateway implements DockerGateway {
    private final Map<String, Box> containers = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> networks = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> volumes = new LinkedHashMap<>();
    private final Map<String, String> images = new HashMap<>();
    private final List<Consumer<DockerEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final FakeCalls calls = new FakeCalls();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, List<String>> logLines = new HashMap<>();
    private int images0;
    private boolean healthyAtStart;

    /** One container as this engine keeps it. */
    private static final class Box {
        final String id;
        final ContainerSpec spec;
        String state = "created";
        String health;
        Integer exitCode;

        Box(String id, ContainerSpec spec) {
            this.id = id;
            this.spec = spec;
        }
    }

    /** Makes {@code image} present locally. */
    public synchronized FakeGateway withImage(String image) {
        images.put(image, "sha256:" + image.hashCode() + "-" + images0++);
        return this;
    }

    /** A container of this name writes {@code line} (its log streams give it). */
    public synchronized FakeGateway withLog(String container, String line) {
        logLines.computeIfAbsent(container, k -> new ArrayList<>()).add(line);
        return this;
    }

    /** Every container with a healthcheck reports healthy right after its start. */
    public synchronized FakeGateway healthyAtStart() {
        healthyAtStart = true;
        return this;
    }

    /** The next call named {@code call} (e.g. {@code "start p-web-1"}) throws {@code failure}. */
    public FakeGateway failOn(String call, EngineException failure) {
        calls.failOn(call, failure);
        return this;
    }

    /** Calls named {@code call} wait until the latch returned is counted down (an interrupt ends the wait). */
    public CountDownLatch hold(String call) {
        return calls.hold(call);
    }

    public List<String> calls() {
        return calls.made();
    }

    public int mostInFlight() {
        return calls.mostInFlight();
    }

    /** Blocks until a call named {@code call} was made, for at most five seconds; true when it was. */
    public boolean awaitCall(String call) throws InterruptedException {
        return calls.await(call);
    }

    /** The container's healthcheck reports {@code status} (healthy, unhealthy), as the engine's event says. */
    public void health(String name, String status) {
        Box box;
        synchronized (this) {
            box = containers.get(name);
            box.health = status;
        }
        emit(box, "health_status: " + status, Map.of());
    }

    /** The container's process ends with {@code code}. */
    public void exit(String name, int code) {
        Box box;
        synchronized (this) {
            box = containers.get(name);
            box.state = "exited";
            box.exitCode = code;
            notifyAll();
        }
        emit(box, "die", Map.of("exitCode", String.valueOf(code)));
    }

    private <T> T answer(String call, Supplier<T> body) {
        return calls.answer(call, body);
    }

    private synchronized void locked(Runnable body) {
        body.run();
    }

    private void run(String call, Runnable body) {
        answer(call, () -> {
            body.run();
            return null;
        });
    }

    private void emit(Box box, String action, Map<String, String> extra) {
        Map<String, String> attributes = new HashMap<>(box.spec.labels());
        attributes.put("name", box.spec.name());
        attributes.put("image", box.spec.image());
        attributes.putAll(extra);
        DockerEvent e = new DockerEvent("container", action, box.id, attributes, Instant.now().toEpochMilli() * 1_000_000);
        subscribers.forEach(s -> s.accept(e));
    }

    private synchronized Box box(String container) {
        Box byName = containers.get(container);
        if (byName != null) {
            return byName;
        }
        return containers.values().stream().filter(b -> b.id.equals(container)).findFirst()
                .orElseThrow(() -> new EngineException(EngineException.Reason.NOT_FOUND, "no such container: " + container));
    }

    private synchronized ContainerState state(Box b) {
        Map<String, String> labels = b.spec.labels();
        return new ContainerState(b.id, b.spec.name(), labels.get(Labels.SERVICE),
                Integer.parseInt(labels.getOrDefault(Labels.NUMBER, "1")), "True".equals(labels.get(Labels.ONE_OFF)),
                b.spec.image(), b.state, b.health, b.exitCode, b.state, null, 0, List.of(), List.of(), labels);
    }

    @Override
    public String apiVersion() {
        return "1.41";
    }

    @Override
    public List<ContainerState> containers(List<String> labelFilters, boolean all) {
        return answer("containers", () -> {
            List<Box> boxes;
            synchronized (this) {
                boxes = new ArrayList<>(containers.values());
            }
            return boxes.stream().map(this::state).filter(c -> all || c.running())
                    .filter(c -> labelFilters.stream().allMatch(f -> matches(c.labels(), f))).toList();
        });
    }

    private static boolean matches(Map<String, String> labels, String filter) {
        int eq = filter.indexOf('=');
        return eq < 0 ? labels.containsKey(filter) : filter.substring(eq + 1).equals(labels.get(filter.substring(0, eq)));
    }

    @Override
    public ContainerState inspect(String container) {
        return answer("inspect " + container, () -> {
            synchronized (this) {
                boolean known = containers.containsKey(container)
                        || containers.values().stream().anyMatch(b -> b.id.equals(container));
                return known ? state(box(container)) : null;
            }
        });
    }

    @Override
    public String lastHealthOutput(String container) {
        return null;
    }

    @Override
    public synchronized List<ProjectState.NetworkState> networks() {
        List<ProjectState.NetworkState> out = new ArrayList<>();
        networks.forEach((name, labels) -> out.add(new ProjectState.NetworkState("id-" + name, name, labels)));
        return out;
    }

    @Override
    public synchronized List<ProjectState.VolumeState> volumes() {
        List<ProjectState.VolumeState> out = new ArrayList<>();
        volumes.forEach((name, labels) -> out.add(new ProjectState.VolumeState(name, labels)));
        return out;
    }

    @Override
    public synchronized String imageId(String image) {
        return images.get(image);
    }

    @Override
    public synchronized ImageDetails imageDetails(String image) {
        String id = images.containsKey(image) ? images.get(image)
                : images.containsValue(image) ? image : null;
        return id == null ? null : new ImageDetails(id, 0, 1000, "linux/amd64");
    }

    @Override
    public List<ImageState> images(List<String> labelFilters) {
        return List.of();
    }

    @Override
    public String create(ContainerSpec spec) {
        return answer("create " + spec.name(), () -> {
            Box box;
            synchronized (this) {
                if (containers.containsKey(spec.name())) {
                    throw new EngineException(EngineException.Reason.CONFLICT, "name " + spec.name() + " is in use");
                }
                box = new Box("id" + ids.incrementAndGet(), spec);
                containers.put(spec.name(), box);
            }
            emit(box, "create", Map.of());
            return box.id;
        });
    }

    @Override
    public void start(String container) {
        run("start " + container, () -> {
            Box box = box(container);
            synchronized (this) {
                box.state = "running";
                box.exitCode = null;
                box.health = box.spec.healthcheck() == null ? null : "starting";
            }
            emit(box, "start", Map.of());
            if (healthyAtStart && box.spec.healthcheck() != null) {
                health(box.spec.name(), "healthy");
            }
        });
    }

    @Override
    public void restart(String container, int timeoutSeconds) {
        stop(container, timeoutSeconds);
        start(container);
    }

    @Override
    public void copyFiles(String container, List<FileCopy> files) {
        if (!files.isEmpty()) {
            run("copy " + container, () -> { });
        }
    }

    @Override
    public void stop(String container, int timeoutSeconds) {
        run("stop " + container, () -> {
            Box box = box(container);
            boolean up;
            synchronized (this) {
                up = "running".equals(box.state) || "paused".equals(box.state);
            }
            if (up) {
                exit(box.spec.name(), 0);
            }
        });
    }

    @Override
    public void kill(String container, String signal) {
        run("kill " + container + " " + signal, () -> exit(box(container).spec.name(), 137));
    }

    @Override
    public void pause(String container) {
        run("pause " + container, () -> locked(() -> box(container).state = "paused"));
    }

    @Override
    public void unpause(String container) {
        run("unpause " + container, () -> locked(() -> box(container).state = "running"));
    }

    @Override
    public void remove(String container, boolean removeVolumes, boolean force) {
        run("remove " + container, () -> {
            Box box;
            synchronized (this) {
                box = containers.remove(box(container).spec.name());
            }
            emit(box, "destroy", Map.of());
        });
    }

    @Override
    public void createNetwork(ResourceSpec.NetworkSpec network) {
        String name = network.name();
        Map<String, String> labels = network.labels();
        run("createNetwork " + name, () -> {
            synchronized (this) {
                if (networks.putIfAbsent(name, Map.copyOf(labels)) != null) {
                    throw new EngineException(EngineException.Reason.CONFLICT, "network " + name + " exists");
                }
            }
        });
    }

    @Override
    public void removeNetwork(String name) {
        run("removeNetwork " + name, () -> locked(() -> networks.remove(name)));
    }

    @Override
    public void createVolume(ResourceSpec.VolumeSpec volume) {
        run("createVolume " + volume.name(), () -> locked(() -> volumes.putIfAbsent(volume.name(), Map.copyOf(volume.labels()))));
    }

    @Override
    public void removeVolume(String name) {
        run("removeVolume " + name, () -> locked(() -> volumes.remove(name)));
    }

    @Override
    public void removeImage(String image) {
        run("removeImage " + image, () -> locked(() -> images.remove(image)));
    }

    @Override
    public void build(BuildRequest request, Consumer<String> progress) {
        run("build " + String.join(",", request.tags()), () -> request.tags().forEach(this::withImage));
    }

    @Override
    public void pull(String image, Consumer<String> progress) {
        run("pull " + image, () -> withImage(image));
    }

    @Override
    public Subscription events(Map<String, List<String>> filters, Consumer<DockerEvent> onEvent, Runnable onEnd) {
        subscribers.add(onEvent);
        return () -> subscribers.remove(onEvent);
    }

    @Override
    public Subscription logs(String container, boolean follow, Integer tail, Instant since, Instant until,
                             boolean timestamps, Consumer<LogChunk> onLine, Runnable onEnd) {
        List<String> lines;
        synchronized (this) {
            lines = List.copyOf(logLines.getOrDefault(box(container).spec.name(), List.of()));
        }
        lines.forEach(line -> onLine.accept(new LogChunk(false, line)));
        return () -> { };
    }

    @Override
    public Subscription attach(String container, InputStream stdin, Consumer<LogChunk> output, Runnable onEnd) {
        return () -> { };
    }

    @Override
    public int waitFor(String container) {
        Box box = box(container);
        synchronized (this) {
            while (!"exited".equals(box.state)) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new EngineException(EngineException.Reason.ENGINE_ERROR, "interrupted");
                }
            }
            return box.exitCode;
        }
    }

    @Override
    public int exec(String container, ExecRequest request, Consumer<LogChunk> output) {
        return answer("exec " + container + " " + String.join(" ", request.command()), () -> {
            output.accept(new LogChunk(false, String.join(" ", request.command())));
            return 0;
        });
    }

    @Override
    public void resizeExec(String execId, ConsoleSize size) {
    }

    @Override
    public void resizeContainer(String container, ConsoleSize size) {
    }

    @Override
    public List<List<String>> top(String container) {
        return List.of(List.of("PID", "CMD"), List.of("1", "sleep"));
    }

    @Override
    public void close() {
    }

    // The commands that move data in and out of one container (stats, cp, export, commit, push, attach) are
    // covered by ITs on the real engine; the executor's tests never reach them.
    private static UnsupportedOperationException notModelled(String what) {
        return new UnsupportedOperationException("FakeGateway does not model " + what);
    }

    @Override
    public List<VolumeDetails> volumeDetails(List<String> labelFilters) {
        throw notModelled("volumeDetails");
    }

    @Override
    public Subscription stats(String container, boolean stream, Consumer<StatsSample> onSample, Runnable onEnd) {
        throw notModelled("stats");
    }

    @Override
    public PathStat statPath(String container, String path) {
        throw notModelled("statPath");
    }

    @Override
    public Archive archive(String container, String path) {
        throw notModelled("archive");
    }

    @Override
    public void extract(String container, String dir, InputStream tar, boolean copyOwners) {
        throw notModelled("extract");
    }

    @Override
    public InputStream export(String container) {
        throw notModelled("export");
    }

    @Override
    public String commit(String container, CommitRequest request) {
        throw notModelled("commit");
    }

    @Override
    public void push(String image, Consumer<String> progress) {
        throw notModelled("push");
    }

    @Override
    public Subscription attachRunning(String container, InputStream stdin, Consumer<LogChunk> output, Runnable onEnd) {
        throw notModelled("attachRunning");
    }
}
