package dev.berth.engine;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.engine.EngineEvent.Kind;
import dev.berth.engine.EngineEvent.Phase;
import dev.berth.engine.EngineEvent.ResourceChanged;
import dev.berth.engine.Operation.BuildImage;
import dev.berth.engine.Operation.CreateContainer;
import dev.berth.engine.Operation.CreateNetwork;
import dev.berth.engine.Operation.CreateVolume;
import dev.berth.engine.Operation.PullImage;
import dev.berth.engine.Operation.RemoveContainer;
import dev.berth.engine.Operation.RemoveImage;
import dev.berth.engine.Operation.RemoveNetwork;
import dev.berth.engine.Operation.RemoveVolume;
import dev.berth.engine.Operation.StartContainer;
import dev.berth.engine.Operation.StopContainer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Performs the operations that are one engine call each, reporting each resource's phases. */
final class OperationRunner {
    private final DockerGateway gateway;
    private final Project project;
    private final Tracker tracker;
    private final EventSink sink;
    /** Image ids by name for this run: replicas and services on one image ask the engine once. */
    private final Map<String, String> imageIds = new java.util.concurrent.ConcurrentHashMap<>();

    OperationRunner(DockerGateway gateway, Project project, Tracker tracker, EventSink sink) {
        this.gateway = gateway;
        this.project = project;
        this.tracker = tracker;
        this.sink = sink;
    }

    void knowImages(Map<String, String> known) {
        imageIds.putAll(known);
    }

    Conditions conditions() {
        return new Conditions(tracker, gateway::lastHealthOutput);
    }

    void run(Operation op) {
        switch (op) {
            case CreateNetwork n -> {
                report(Kind.NETWORK, n.resourceId(), null, Phase.CREATING);
                ProjectLock.withLock("network-" + n.resourceId(), () -> {
                    try {
                        gateway.createNetwork(ResourceSpec.network(project, n.network().key(), n.resourceId(),
                                resourceLabels(Labels.NETWORK, n.network().key(), n.network().labels())));
                    } catch (EngineException e) {
                        // A concurrent up created it since our snapshot (the engine's duplicate check, serialised
                        // by the lock, answers 409 Conflict): the goal holds.
                        if (e.reason() != EngineException.Reason.CONFLICT) {
                            throw e;
                        }
                    }
                });
                report(Kind.NETWORK, n.resourceId(), null, Phase.CREATED);
            }
            case RemoveNetwork n -> {
                report(Kind.NETWORK, n.resourceId(), null, Phase.REMOVING);
                gateway.removeNetwork(n.resourceId());
                report(Kind.NETWORK, n.resourceId(), null, Phase.REMOVED);
            }
            case CreateVolume v -> {
                report(Kind.VOLUME, v.resourceId(), null, Phase.CREATING);
                gateway.createVolume(ResourceSpec.volume(project, v.volume().key(), v.resourceId(),
                        resourceLabels(Labels.VOLUME, v.volume().key(), v.volume().labels())));
                report(Kind.VOLUME, v.resourceId(), null, Phase.CREATED);
            }
            case RemoveVolume v -> {
                report(Kind.VOLUME, v.resourceId(), null, Phase.REMOVING);
                gateway.removeVolume(v.resourceId());
                report(Kind.VOLUME, v.resourceId(), null, Phase.REMOVED);
            }
            case BuildImage b -> new ImageBuilder(gateway, project, sink).build(project.service(b.serviceName()), false);
            case PullImage p -> pull(p);
            case RemoveImage i -> {
                gateway.removeImage(i.resourceId());
                report(Kind.IMAGE, i.resourceId(), null, Phase.REMOVED);
            }
            case CreateContainer c -> create(c);
            case StartContainer s -> start(s);
            case StopContainer s -> {
                report(Kind.CONTAINER, s.resourceId(), s.serviceName(), Phase.STOPPING);
                gateway.stop(s.resourceId(), s.timeoutSeconds());
                report(Kind.CONTAINER, s.resourceId(), s.serviceName(), Phase.STOPPED);
            }
            case Operation.RestartContainer r -> {
                report(Kind.CONTAINER, r.resourceId(), r.serviceName(), Phase.RESTARTING);
                long before = tracker.eventsFor(r.resourceId());
                gateway.restart(r.resourceId(), r.timeoutSeconds());
                track(r.resourceId(), before);
                report(Kind.CONTAINER, r.resourceId(), r.serviceName(), Phase.STARTED);
            }
            case RemoveContainer r -> {
                report(Kind.CONTAINER, r.resourceId(), r.serviceName(), Phase.REMOVING);
                gateway.remove(r.resourceId(), r.removeVolumes(), true);
                tracker.removedNamed(r.resourceId());
                report(Kind.CONTAINER, r.resourceId(), r.serviceName(), Phase.REMOVED);
            }
            default -> throw new IllegalStateException("not an engine call: " + op);
        }
    }

    private void pull(PullImage p) {
        report(Kind.IMAGE, p.resourceId(), p.serviceName(), Phase.PULLING);
        gateway.pull(p.resourceId(), line -> sink.accept(new EngineEvent.ImageProgress(p.serviceName(), p.resourceId(),
                line, null, null)));
        report(Kind.IMAGE, p.resourceId(), p.serviceName(), Phase.PULLED);
    }

    private void create(CreateContainer c) {
        Service service = project.service(c.serviceName());
        report(Kind.CONTAINER, c.resourceId(), c.serviceName(), Phase.CREATING);
        ContainerSpec spec = SpecBuilder.build(project, service, c.number(), c.resourceId(),
                imageIds.computeIfAbsent(service.imageName(project.name()), gateway::imageId));
        ConfigFingerprints.standard().remember(spec.labels().get(Labels.CONFIG_HASH), ServiceHash.configJson(service));
        String id;
        boolean ours = true;
        try {
            id = gateway.create(spec);
        } catch (EngineException e) {
            id = sameContainerMadeConcurrently(e, spec);
            ours = false;
        }
        if (ours) {
            tracker.created(id, spec.name(), c.serviceName()); // a container just created is "created": no inspect
        } else {
            track(id, tracker.eventsFor(spec.name()));
        }
        report(Kind.CONTAINER, c.resourceId(), c.serviceName(), Phase.CREATED);
    }

    /** Two ups at once: the name is taken by an identical container of the same project, so use it. */
    private String sameContainerMadeConcurrently(EngineException e, ContainerSpec spec) {
        if (e.reason() != EngineException.Reason.CONFLICT) {
            throw e;
        }
        ContainerState other = inspectWhenRegistered(spec.name());
        if (other == null || !spec.labels().get(Labels.CONFIG_HASH).equals(other.configHash())
                || !project.name().equals(other.labels().get(Labels.PROJECT))) {
            throw e;
        }
        return other.id();
    }

    /**
     * The engine reserves a name before the container it belongs to can be inspected, so the other run's
     * container may be briefly invisible: look again for up to two seconds.
     */
    private ContainerState inspectWhenRegistered(String name) {
        for (int attempt = 0; attempt < 40; attempt++) {
            ContainerState found = gateway.inspect(name);
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private void start(StartContainer s) {
        if (s.writeFiles()) {
            gateway.copyFiles(s.resourceId(), InjectedFiles.of(project, project.service(s.serviceName())));
        }
        report(Kind.CONTAINER, s.resourceId(), s.serviceName(), Phase.STARTING);
        long before = tracker.eventsFor(s.resourceId());
        try {
            gateway.start(s.resourceId());
        } catch (EngineException e) {
            // The engine's own words: it knows why (a port taken on its host, which may not be this one).
            throw new EngineException(e.reason(), "container " + s.resourceId() + " cannot start: "
                    + e.getMessage(), e);
        }
        track(s.resourceId(), before);
        report(Kind.CONTAINER, s.resourceId(), s.serviceName(), Phase.STARTED);
    }

    /**
     * Tells the tracker what the engine now says of a container, unless an event (counted after {@code before})
     * already said something newer.
     */
    private void track(String container, long before) {
        ContainerState now = gateway.inspect(container);
        if (now != null) {
            tracker.putUnlessNewer(now, before);
        }
    }

    private Map<String, String> resourceLabels(String kindLabel, String key, Map<String, String> own) {
        return resourceLabels(project, kindLabel, key, own);
    }

    /** The labels a network or volume of the project is created with. */
    static Map<String, String> resourceLabels(Project project, String kindLabel, String key, Map<String, String> own) {
        Map<String, String> labels = new TreeMap<>(own);
        labels.put(Labels.PROJECT, project.name());
        labels.put(kindLabel, key);
        labels.put(Labels.VERSION, Labels.COMPOSE_VERSION);
        return labels;
    }

    private void report(Kind kind, String name, String service, Phase phase) {
        sink.accept(new ResourceChanged(kind, name, service, phase, null, null));
    }
}
