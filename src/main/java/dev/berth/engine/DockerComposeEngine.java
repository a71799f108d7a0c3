package dev.berth.engine;

import dev.berth.compose.model.Project;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The {@link ComposeEngine} over a {@link DockerGateway}: observe → reconcile → execute. */
public final class DockerComposeEngine implements ComposeEngine {
    private final DockerGateway gateway;

    public DockerComposeEngine(DockerGateway gateway) {
        this.gateway = gateway;
    }

    public DockerGateway gateway() {
        return gateway;
    }

    @Override
    public Plan plan(Project project, UpOptions options) {
        return Reconciler.up(project, Observer.observe(gateway, project.name(), project), options);
    }

    @Override
    public void up(Project project, UpOptions options, EventSink sink) {
        try (Tracker tracker = Tracker.open(gateway, project.name(), sink)) {
            ProjectState observed = Observer.observe(gateway, project.name(), project);
            tracker.seed(observed.containers());
            Plan plan = Reconciler.up(project, observed, options);
            plan.warnings().forEach(w -> sink.accept(new EngineEvent.Warning(w)));
            new PlanExecutor(gateway, project, tracker, sink, options.waitTimeout()).run(plan);
        }
    }

    @Override
    public void execute(Project project, Plan plan, EventSink sink) {
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
        return Teardown.down(projectName, project, Observer.observe(gateway, projectName, null), options);
    }

    @Override
    public void down(String projectName, Project project, DownOptions options, EventSink sink) {
        Plan plan = planDown(projectName, project, options);
        plan.warnings().forEach(w -> sink.accept(new EngineEvent.Warning(w)));
        execute(project, plan, sink);
    }

    @Override
    public void start(Project project, List<String> services, EventSink sink) {
        ProjectState observed = Observer.observe(gateway, project.name(), null);
        execute(project, Reconciler.start(project, observed, services), sink);
    }

    @Override
    public void stop(String projectName, Project project, List<String> services, Duration timeout, EventSink sink) {
        ProjectState observed = Observer.observe(gateway, projectName, null);
        Integer seconds = timeout == null ? null : (int) timeout.toSeconds();
        execute(project, Teardown.stop(projectName, project, observed, services, seconds), sink);
    }

    @Override
    public void restart(String projectName, Project project, List<String> services, Duration timeout, EventSink sink) {
        stop(projectName, project, services, timeout, sink);
        if (project != null) {
            start(project, services, sink);
        } else {
            ProjectState observed = Observer.observe(gateway, projectName, null);
            for (ContainerState c : observed.containers()) {
                if (services.isEmpty() || services.contains(c.serviceName())) {
                    gateway.start(c.id());
                }
            }
        }
    }

    @Override
    public ProjectState state(String projectName, boolean all) {
        ProjectState observed = Observer.observe(gateway, projectName, null);
        List<ContainerState> containers = observed.containers().stream().filter(c -> all || c.running()).toList();
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
                });
    }

    @Override
    public Subscription logs(String projectName, LogOptions options, EventSink sink) {
        return LogStreams.open(gateway, projectName, options, sink);
    }

    @Override
    public List<ProjectState> projects(boolean all) {
        Map<String, List<ContainerState>> byProject = new TreeMap<>();
        for (ContainerState c : gateway.containers(List.of(Labels.PROJECT), all)) {
            byProject.computeIfAbsent(c.labels().get(Labels.PROJECT), k -> new ArrayList<>()).add(c);
        }
        List<ProjectState> out = new ArrayList<>();
        byProject.forEach((name, cs) -> out.add(new ProjectState(name, cs, List.of(), List.of(), Map.of())));
        return out;
    }

    @Override
    public void close() {
        gateway.close();
    }
}
