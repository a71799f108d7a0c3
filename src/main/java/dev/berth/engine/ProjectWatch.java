package dev.berth.engine;

import dev.berth.compose.model.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code watch}: the services' {@code develop.watch} paths followed with the JDK's WatchService (each directory
 * registered, new ones as they appear); changes are gathered until a quiet moment, then handled as the reference
 * does a batch: rebuild, then sync (files copied in, deleted ones removed), then restart, then the sync+exec commands.
 */
final class ProjectWatch implements Subscription {
    private static final long QUIET_MILLIS = 500;
    private final DockerComposeEngine engine;
    private final DockerGateway gateway;
    private final Project project;
    private final List<WatchRule> rules;
    private final Consumer<String> messages;
    private final EventSink sink;
    private final WatchService watcher;
    private final Thread loop;

    ProjectWatch(DockerComposeEngine engine, DockerGateway gateway, Project project, List<WatchRule> rules,
                 Consumer<String> messages, EventSink sink) throws IOException {
        this.engine = engine;
        this.gateway = gateway;
        this.project = project;
        this.rules = rules;
        this.messages = messages;
        this.sink = sink;
        this.watcher = project.workingDir().getFileSystem().newWatchService();
        for (WatchRule r : rules) {
            register(Files.isDirectory(r.path()) ? r.path() : r.path().getParent());
        }
        for (WatchRule r : rules) {
            if (r.syncs() && r.initialSync() && Files.exists(r.path())) {
                sync(r.serviceName(), List.of(new Change(r, r.path())));
            }
        }
        this.loop = Thread.ofPlatform().daemon().name("berth-watch").start(this::run);
    }

    /** A changed host path and the rule it falls under. */
    private record Change(WatchRule rule, Path file) {}

    private void register(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path d : all.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                Set<Path> batch = new LinkedHashSet<>();
                collect(watcher.take(), batch);
                for (WatchKey more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    collect(more, batch);
                }
                try {
                    handle(batch);
                } catch (RuntimeException | IOException e) {
                    messages.accept("Error handling changed files: " + e.getMessage());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path file = dir.resolve(name);
                batch.add(file);
                if (Files.isDirectory(file)) {
                    try {
                        register(file);
                        try (Stream<Path> inside = Files.walk(file)) {
                            inside.forEach(batch::add);
                        }
                    } catch (IOException e) {
                        messages.accept("cannot watch " + file + ": " + e.getMessage());
                    }
                }
            }
        }
        key.reset();
    }

    private void handle(Set<Path> batch) throws IOException {
        Set<String> rebuild = new TreeSet<>();
        Set<String> restart = new TreeSet<>();
        Map<String, List<Change>> sync = new TreeMap<>();
        Map<String, Set<WatchRule>> exec = new TreeMap<>();
        for (Path file : batch) {
            for (WatchRule r : rules) {
                if (!r.matches(file)) {
                    continue;
                }
                switch (r.action()) {
                    case "rebuild" -> rebuild.add(r.serviceName());
                    case "restart" -> restart.add(r.serviceName());
                    default -> {
                        sync.computeIfAbsent(r.serviceName(), k -> new ArrayList<>()).add(new Change(r, file));
                        if (r.action().equals("sync+restart")) {
                            restart.add(r.serviceName());
                        } else if (r.action().equals("sync+exec")) {
                            exec.computeIfAbsent(r.serviceName(), k -> new LinkedHashSet<>()).add(r);
                        }
                    }
                }
            }
        }
        if (!rebuild.isEmpty()) {
            rebuild(List.copyOf(rebuild));
        }
        for (var e : sync.entrySet()) {
            messages.accept("Syncing service \"" + e.getKey() + "\" after " + e.getValue().size()
                    + " changes were detected");
            sync(e.getKey(), e.getValue());
        }
        if (!restart.isEmpty()) {
            engine.restart(project.name(), project, RestartOptions.of(List.copyOf(restart)), sink);
            messages.accept("service(s) " + quoted(restart) + " restarted");
        }
        exec.forEach((service, execRules) -> execRules.forEach(r -> runExec(service, r)));
    }

    private void rebuild(List<String> services) {
        messages.accept("Rebuilding service(s) " + quoted(services) + " after changes were detected...");
        try {
            engine.build(project, BuildOptions.of(services), sink);
        } catch (EngineException e) {
            messages.accept("Build failed. Error: " + e.getMessage());
            return;
        }
        messages.accept("service(s) " + quoted(services) + " successfully built");
        engine.up(project, UpOptions.defaults().withServices(services).withNoDeps(true).with(UpOptions.Recreate.FORCE)
                .with(UpOptions.BuildPolicy.NEVER), sink);
    }

    /** Present files go in by the archive endpoint, missing ones are removed (as the reference's tar syncer). */
    private void sync(String service, List<Change> changes) throws IOException {
        for (ContainerState c : ServiceContainers.of(gateway, project.name(), service, 0, false, false)) {
            List<String> gone = new ArrayList<>();
            for (Change ch : changes) {
                String target = ch.rule().containerPath(ch.file());
                if (!Files.exists(ch.file())) {
                    gone.add(target);
                } else if (!Files.isDirectory(ch.file()) || ch.file().equals(ch.rule().path())) {
                    copy(c.id(), ch.file(), target);
                }
            }
            if (!gone.isEmpty()) {
                List<String> rm = new ArrayList<>(List.of("rm", "-rf"));
                rm.addAll(gone);
                gateway.exec(c.id(), new DockerGateway.ExecRequest(rm, List.of(), null, null, false, false, false),
                        chunk -> { });
            }
        }
    }

    private void copy(String containerId, Path file, String target) throws IOException {
        gateway.exec(containerId, new DockerGateway.ExecRequest(List.of("mkdir", "-p", parent(target)), List.of(),
                null, null, false, false, false), chunk -> { });
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        LocalArchive.pack(file, target.substring(target.lastIndexOf('/') + 1), false, tar);
        gateway.extract(containerId, parent(target), new ByteArrayInputStream(tar.toByteArray()), false);
    }

    private void runExec(String service, WatchRule r) {
        for (ContainerState c : ServiceContainers.of(gateway, project.name(), service, 0, false, false)) {
            gateway.exec(c.id(), new DockerGateway.ExecRequest(r.exec(), List.of(), null, null, false, false, false),
                    chunk -> sink.accept(new EngineEvent.LogLine(service, c.name(), chunk.stderr(),
                            java.time.Instant.now(), chunk.line())));
        }
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    /** Go's %q of a string slice: {@code ["web" "api"]}. */
    private static String quoted(java.util.Collection<String> services) {
        return services.stream().map(s -> "\"" + s + "\"").collect(java.util.stream.Collectors.joining(" ", "[", "]"));
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        loop.interrupt();
    }
}
