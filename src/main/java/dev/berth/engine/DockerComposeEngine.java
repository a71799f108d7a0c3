package dev.berth.engine;

import dev.berth.compose.model.Project;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The {@link ComposeEngine} over a {@link DockerGateway}: observe → reconcile → execute. */
public final class DockerComposeEngine implements ComposeEngine {
    private final DockerGateway gateway;
    private final ContainerActions containers;

    public DockerComposeEngine(DockerGateway gateway) {
        this.gateway = gateway;
        this.containers = new ContainerActions(gateway, this);
    }

    @Override
    public DockerCommands dockerCommands(Project project) {
        return new DockerCommands(gateway, project);
    }

    @Override
    public Plan plan(Project given, UpOptions options) {
        Project project = ApiSocket.apply(given, gateway::clientCredentials);
        refuseUndefinedDependencies(project);
        return Reconciler.up(project, Observer.observe(gateway, project.name(), project), options);
    }

    @Override
    public void up(Project given, UpOptions options, EventSink events) {
        Project project = ApiSocket.apply(given, gateway::clientCredentials);
        refuseUndefinedDependencies(project);
        Interruption sink = new Interruption(events);
        try (Tracker tracker = Tracker.open(gateway, project.name(), sink)) {
            try {
                up(project, options, sink, tracker);
            } catch (EngineException e) {
                throw sink.explain("up", null, e, gateway);
            }
        }
    }

    private void up(Project project, UpOptions options, EventSink sink, Tracker tracker) {
        ProjectState observed = Observer.observe(gateway, project.name(), project);
        tracker.seed(observed.containers());
        Plan plan = Reconciler.up(project, observed, options);
        if (!options.approval().approve(plan)) {
            return;
        }
        plan.warnings().forEach(w -> sink.accept(new EngineEvent.Warning(w)));
        Plan images = plan.imagesOnly();
        if (!images.lanes().isEmpty()) {
            // Like the reference, build and pull first, then compare containers with the images now present:
            // a build that changed the image recreates its containers in this same run.
            new PlanExecutor(gateway, project, tracker, sink, options.waitTimeout()).run(images);
            observed = Observer.observe(gateway, project.name(), project);
            plan = Reconciler.up(project, observed, options).withoutImages();
        }
        reportRunning(project, observed, plan, sink);
        new PlanExecutor(gateway, project, tracker, sink, options.waitTimeout()).knowing(observed.images()).run(plan);
    }

    /**
     * The reference's dependency graph, built when it creates: a dependency that is neither a service nor one
     * switched off by profiles is refused, {@code required: false} or not (the loader refuses it too; a project
     * built another way, as the window's, comes through here).
     */
    private static void refuseUndefinedDependencies(Project project) {
        for (var s : project.services().values()) {
            for (String dep : new java.util.TreeSet<>(s.dependsOn().keySet())) {
                if (!project.services().containsKey(dep) && !project.disabledServices().containsKey(dep)) {
                    throw new EngineException(EngineException.Reason.INVALID, "service \"" + s.name()
                            + "\" depends on undefined service \"" + dep + "\": invalid compose project");
                }
            }
        }
    }

    /** Like the reference, "Running" for each running container of the project's services that the plan leaves alone. */
    private static void reportRunning(Project project, ProjectState observed, Plan plan, EventSink sink) {
        Set<String> touched = new HashSet<>();
        plan.operations().forEach(op -> touched.add(op.resourceId()));
        for (ContainerState c : observed.containers()) {
            if (c.running() && !c.oneOff() && project.services().containsKey(c.serviceName())
                    && !touched.contains(c.name())) {
                sink.accept(EngineEvent.ResourceChanged.container(c.name(), c.serviceName(), EngineEvent.Phase.RUNNING));
            }
        }
    }

    /** Runs a plan to its end; operations run in parallel along the DAG. */
    private void execute(Project project, Plan plan, EventSink sink) {
        try (Tracker tracker = Tracker.open(gateway, plan.projectName(), sink)) {
            tracker.seed(gateway.containers(List.of(Labels.PROJECT + "=" + plan.projectName()), true));
            new PlanExecutor(gateway, project, tracker, sink, null).run(plan);
        }
    }

    @Override
    public Steps steps(Project project, Plan plan, EventSink sink) {
        Tracker tracker = Tracker.open(gateway, plan.projectName(), sink);
        tracker.seed(gateway.containers(List.of(Labels.PROJECT + "=" + plan.projectName()), true));
        return new StepRun(new PlanExecutor(gateway, project, tracker, sink, null), tracker, plan);
    }

    @Override
    public Plan planDown(String projectName, Project project, DownOptions options) {
        return teardown(projectName, project, options, observeForDown(projectName, project, options));
    }

    /**
     * The events subscription first, then one observation that both plans the teardown and seeds the tracker
     * (planning and then listing the containers again for the tracker cost a round trip and a gap).
     */
    @Override
    public void down(String projectName, Project project, DownOptions options, EventSink events) {
        Interruption sink = new Interruption(events);
        try (Tracker tracker = Tracker.open(gateway, projectName, sink)) {
            ProjectState observed = observeForDown(projectName, project, options);
            tracker.seed(observed.containers());
            Plan plan = teardown(projectName, project, options, observed);
            plan.warnings().forEach(w -> sink.accept(new EngineEvent.Warning(w)));
            try {
                new PlanExecutor(gateway, project, tracker, sink, null).run(plan);
            } catch (EngineException e) {
                throw sink.explain("down", plan, e, gateway);
            }
        }
    }

    /** --rmi needs which of the services' images exist: only then does the observation look at images. */
    private ProjectState observeForDown(String projectName, Project project, DownOptions options) {
        return Observer.observe(gateway, projectName, options.removeImages() == null ? null : project);
    }

    private Plan teardown(String projectName, Project project, DownOptions options, ProjectState observed) {
        if (options.removeImages() == null) {
            return Teardown.down(projectName, project, observed, options);
        }
        // ... and the images built for the project.
        return Teardown.down(projectName, project, observed, gateway.images(List.of(Labels.PROJECT + "=" + projectName)),
                options);
    }

    @Override
    public void start(Project project, List<String> services, EventSink sink) {
        ProjectState observed = Observer.observe(gateway, project.name(), null);
        execute(project, Reconciler.start(project, observed, services), sink);
    }

    @Override
    public void stop(String projectName, Project project, StopOptions options, EventSink sink) {
        ProjectState observed = Observer.observe(gateway, projectName, null);
        execute(project, Teardown.stop(projectName, project, observed, options.services(), options.timeoutSeconds()),
                sink);
    }

    @Override
    public Plan planRestart(Project project, RestartOptions options) {
        return Restarts.plan(project, Observer.observe(gateway, project.name(), null), options.services(),
                options.timeoutSeconds(), options.dependants() == RestartOptions.Dependants.LEFT_OUT);
    }

    @Override
    public void restart(String projectName, Project project, RestartOptions options, EventSink sink) {
        if (project != null) {
            execute(project, planRestart(project, options), sink);
        } else {
            stop(projectName, null, new StopOptions(options.services(), options.timeout()), sink);
            ProjectState observed = Observer.observe(gateway, projectName, null);
            for (ContainerState c : observed.containers()) {
                if (options.services().isEmpty() || options.services().contains(c.serviceName())) {
                    gateway.start(c.id());
                }
            }
        }
    }

    @Override
    public void kill(String projectName, KillOptions options, EventSink sink) {
        containers.each(projectName, options.services(), ContainerActions.OneOffs.INCLUDED,
                EngineEvent.Phase.KILLING, EngineEvent.Phase.KILLED, sink,
                c -> {
                    if (options.index() == null || options.index() == c.number()) {
                        gateway.kill(c.id(), options.signal());
                    }
                });
    }

    @Override
    public void pause(String projectName, List<String> services, EventSink sink) {
        containers.each(projectName, services, ContainerActions.OneOffs.EXCLUDED, null,
                EngineEvent.Phase.PAUSED, sink, c -> gateway.pause(c.id()));
    }

    @Override
    public void unpause(String projectName, List<String> services, EventSink sink) {
        containers.each(projectName, services, ContainerActions.OneOffs.EXCLUDED, null,
                EngineEvent.Phase.UNPAUSED, sink, c -> gateway.unpause(c.id()));
    }

    @Override
    public List<String> remove(String projectName, RemoveOptions options, EventSink sink) {
        return containers.remove(projectName, options, sink);
    }

    @Override
    public List<ContainerImage> images(String projectName, List<String> services) {
        return containers.images(projectName, services);
    }

    @Override
    public Subscription events(String projectName, List<String> services, Consumer<ContainerEvent> onEvent) {
        return containers.events(projectName, services, onEvent);
    }

    @Override
    public ProjectState state(String projectName, ContainerScope scope) {
        ProjectState observed = Observer.observe(gateway, projectName, null);
        List<ContainerState> containers = observed.containers().stream()
                .filter(c -> scope == ContainerScope.ALL || c.running()).toList();
        return new ProjectState(projectName, containers,
                observed.networks().stream().filter(n -> projectName.equals(n.labels().get(Labels.PROJECT))).toList(),
                observed.volumes().stream().filter(v -> projectName.equals(v.labels().get(Labels.PROJECT))).toList(),
                Map.of());
    }

    @Override
    public Subscription watch(String projectName, EventSink sink) {
        return gateway.events(Map.of("type", List.of("container"), "label", List.of(Labels.PROJECT + "=" + projectName)),
                e -> {
                    EngineEvent.ResourceChanged changed = EventTranslator.translate(e);
                    if (changed != null) {
                        sink.accept(changed);
                    }
                }, () -> sink.accept(new EngineEvent.Disconnected("Cannot connect to the Docker daemon at "
                        + gateway.host() + ". Is the docker daemon running?")));
    }

    @Override
    public Subscription logs(String projectName, LogOptions options, EventSink sink) {
        return LogStreams.open(gateway, projectName, options, sink);
    }

    @Override
    public List<ProjectState> projects(ContainerScope scope) {
        Map<String, List<ContainerState>> byProject = new TreeMap<>();
        for (ContainerState c : gateway.containers(List.of(Labels.PROJECT), scope == ContainerScope.ALL)) {
            byProject.computeIfAbsent(c.labels().get(Labels.PROJECT), k -> new ArrayList<>()).add(c);
        }
        List<ProjectState> out = new ArrayList<>();
        byProject.forEach((name, cs) -> out.add(new ProjectState(name, cs, List.of(), List.of(), Map.of())));
        return out;
    }

    @Override
    public void build(Project project, BuildOptions options, EventSink sink) {
        ImageBuilder builder = new ImageBuilder(gateway, project, sink);
        for (String name : project.services().keySet().stream().sorted().toList()) {
            if ((options.services().isEmpty() || options.services().contains(name))
                    && project.service(name).build() != null) {
                builder.build(project.service(name), options.cache() == BuildOptions.Cache.IGNORED);
            }
        }
    }

    @Override
    public void pull(Project project, List<String> services, EventSink sink) {
        List<String> failures = new ArrayList<>();
        for (String name : project.services().keySet().stream().sorted().toList()) {
            var s = project.service(name);
            if ((services.isEmpty() || services.contains(name)) && s.image() != null) {
                try {
                    sink.accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.IMAGE, s.image(), name,
                            EngineEvent.Phase.PULLING, null, null));
                    gateway.pull(s.image(), line -> sink.accept(new EngineEvent.ImageProgress(name, s.image(), line,
                            null, null)));
                    sink.accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.IMAGE, s.image(), name,
                            EngineEvent.Phase.PULLED, null, null));
                } catch (EngineException e) {
                    failures.add("service " + name + ": " + e.getMessage());
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new EngineException(EngineException.Reason.IMAGE_MISSING, String.join("\n", failures));
        }
    }

    @Override
    public int exec(String projectName, ExecOptions options, EventSink sink) {
        String serviceName = options.service();
        int index = options.index();
        ContainerState target = state(projectName, ContainerScope.RUNNING).containersOf(serviceName).stream()
                .filter(c -> c.number() == index).findFirst()
                .orElseThrow(() -> new EngineException(EngineException.Reason.NOT_FOUND,
                        "service \"" + serviceName + "\" is not running" + (index == 1 ? "" : " container #" + index)));
        return gateway.exec(target.id(), options.request(), chunk -> sink.accept(new EngineEvent.LogLine(serviceName,
                target.name(), chunk.stderr(), java.time.Instant.now(), chunk.line())));
    }

    @Override
    public int run(Project given, String serviceName, RunOptions options, EventSink sink) {
        Project project = ApiSocket.apply(given, gateway::clientCredentials);
        var service = project.service(serviceName);
        if (!options.noDeps() && !service.dependsOn().isEmpty()) {
            List<String> deps = service.dependsOn().keySet().stream().filter(project.services()::containsKey).sorted()
                    .toList();
            up(project, UpOptions.defaults().withServices(deps), sink);
        }
        // Only the networks and volumes (and image) the one-off needs: the service's own containers stay as they are.
        Plan own = plan(project, UpOptions.defaults().withServices(List.of(serviceName)).withNoDeps(true)
                .with(UpOptions.Recreate.NEVER).withNoStart(true));
        List<Operation> image = own.lanes().getOrDefault(serviceName, List.of()).stream()
                .filter(op -> op instanceof Operation.BuildImage || op instanceof Operation.PullImage).toList();
        execute(project, new Plan(project.name(), own.setup(), Map.of(serviceName, image), List.of(), List.of()), sink);
        return new OneOff(gateway).run(project, service, options, sink);
    }

    @Override
    public int waitFor(String containerId) {
        return gateway.waitFor(containerId);
    }

    @Override
    public List<List<String>> top(String containerId) {
        return gateway.top(containerId);
    }

    @Override
    public ContainerState container(String projectName, String serviceName, int index, boolean oneOffs,
                                    boolean stopped) {
        return ServiceContainers.one(gateway, projectName, serviceName, index, oneOffs, stopped);
    }

    @Override
    public List<ContainerState> serviceContainers(String projectName, String serviceName, boolean oneOffs) {
        return ServiceContainers.of(gateway, projectName, serviceName, 0, oneOffs, true);
    }

    @Override
    public List<ImageLayer> imageLayers(String image) {
        return gateway.imageHistory(image);
    }

    @Override
    public List<VolumeUsage> volumeUsage(Project project) {
        return VolumeUsages.of(gateway, project);
    }

    @Override
    public VolumeCopy backupVolume(Project project, VolumeCopyOptions options) {
        return new VolumeArchives(gateway).backup(project, options);
    }

    @Override
    public VolumeCopy restoreVolume(Project project, VolumeCopyOptions options) {
        return new VolumeArchives(gateway).restore(project, options);
    }

    @Override
    public List<VolumeDetails> volumes(String projectName, List<String> services) {
        return ServiceContainers.volumes(gateway, projectName, services);
    }

    @Override
    public Subscription stats(String containerId, boolean stream, Consumer<StatsSample> onSample,
                              Runnable onEnd) {
        return gateway.stats(containerId, stream, onSample, onEnd);
    }

    @Override
    public void copy(String projectName, CopyOptions options, EventSink sink) {
        new ContainerCopy(gateway, sink).copy(projectName, options);
    }

    @Override
    public DockerGateway.PathStat statPath(String containerId, String path) {
        return gateway.statPath(containerId, path);
    }

    @Override
    public DockerGateway.Archive archive(String containerId, String path) {
        return gateway.archive(containerId, path);
    }

    @Override
    public void extract(String containerId, String dir, InputStream tar, boolean copyOwners) {
        gateway.extract(containerId, dir, tar, copyOwners);
    }

    @Override
    public InputStream export(String containerId) {
        return gateway.export(containerId);
    }

    @Override
    public String commit(String containerId, CommitRequest request) {
        return gateway.commit(containerId, request);
    }

    @Override
    public void push(Project project, List<String> services, boolean includeDeps, boolean ignoreFailures,
                     EventSink sink) {
        new ImagePush(gateway, sink).push(project, services, includeDeps, ignoreFailures);
    }

    @Override
    public Subscription watchFiles(Project project, List<String> services, Consumer<String> messages, EventSink sink) {
        List<WatchRule> rules = new ArrayList<>();
        for (String name : project.services().keySet().stream().sorted().toList()) {
            if (services.isEmpty() || services.contains(name)) {
                rules.addAll(WatchRule.of(project.service(name)));
            }
        }
        WatchRule.check(project, rules);
        try {
            return new ProjectWatch(this, gateway, project, rules, messages, sink);
        } catch (java.io.IOException e) {
            throw new EngineException(EngineException.Reason.ENGINE_ERROR, "cannot watch files: " + e.getMessage(), e);
        }
    }

    @Override
    public Subscription attach(ContainerState container, InputStream stdin, EventSink sink, Runnable onEnd) {
        return gateway.attachRunning(container.id(), stdin, chunk -> sink.accept(new EngineEvent.LogLine(
                container.serviceName(), container.name(), chunk.stderr(), java.time.Instant.now(), chunk.line())),
                onEnd);
    }

    @Override
    public void close() {
        gateway.close();
    }
}
