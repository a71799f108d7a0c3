package dev.berth.engine;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Project;
import dev.berth.engine.EngineEvent.Kind;
import dev.berth.engine.EngineEvent.Phase;
import dev.berth.engine.EngineEvent.ResourceChanged;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs a plan and decides nothing: setup operations in parallel, then every lane on its own virtual thread (a lane
 * blocks only on its own waits, so each service starts the moment its dependencies' conditions hold), then teardown.
 */
final class PlanExecutor {
    private final Tracker tracker;
    private final EventSink sink;
    private final Duration waitTimeout;
    private final OperationRunner runner;

    PlanExecutor(DockerGateway gateway, Project project, Tracker tracker, EventSink sink, Duration waitTimeout) {
        this.tracker = tracker;
        this.sink = sink;
        this.waitTimeout = waitTimeout;
        this.runner = new OperationRunner(gateway, project, tracker, sink);
    }

    /** Image ids the observation just read ({@link ProjectState#images()}): creating from them asks no more. */
    PlanExecutor knowing(Map<String, String> imageIds) {
        runner.knowImages(imageIds);
        return this;
    }

    void run(Plan plan) {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        parallel(plan.setup(), failures);
        if (failures.isEmpty()) {
            plan.lanes().keySet().forEach(tracker::lanePending);
            try (ExecutorService pool = Tasks.perTask()) {
                List<Future<?>> running = new ArrayList<>();
                for (Map.Entry<String, List<Operation>> lane : plan.lanes().entrySet()) {
                    running.add(pool.submit(() -> runLane(lane.getKey(), lane.getValue(), failures)));
                }
                running.forEach(PlanExecutor::join);
            }
        }
        if (failures.isEmpty()) {
            parallel(plan.teardown(), failures);
        }
        if (!failures.isEmpty()) {
            List<String> sorted = failures.stream().sorted().toList();
            throw new EngineException(EngineException.Reason.DEPENDENCY_FAILED, String.join("\n", sorted));
        }
    }

    private void runLane(String service, List<Operation> ops, List<String> failures) {
        String error = null;
        try {
            for (List<List<Operation>> stage : stages(ops)) {
                runStage(stage);
            }
        } catch (EngineException e) {
            error = e.getMessage();
            failures.add(service.isEmpty() ? error : "service " + service + ": " + error);
            sink.accept(new ResourceChanged(Kind.CONTAINER, service, service, Phase.ERROR, error, null));
        } catch (InterruptedException e) {
            error = "interrupted";
            Thread.currentThread().interrupt();
        } finally {
            tracker.laneDone(service, error);
        }
    }

    /**
     * A lane cut into stages: consecutive container operations of one service form one stage, grouped by container,
     * so that the replicas of a service are created, started, stopped and removed side by side as the reference
     * does. Any other operation (a wait, a build, a pull) is a stage of its own, and so is a run of another service's
     * container operations (a restart: true dependant stopped before this lane recreates its dependency).
     */
    static List<List<List<Operation>>> stages(List<Operation> ops) {
        List<List<List<Operation>>> stages = new ArrayList<>();
        Map<String, List<Operation>> groups = new LinkedHashMap<>();
        String groupService = null;
        for (Operation op : ops) {
            boolean container = onOneContainer(op);
            if (!groups.isEmpty() && !(container && Objects.equals(groupService, op.serviceName()))) {
                stages.add(new ArrayList<>(groups.values()));
                groups.clear();
            }
            if (container) {
                groupService = op.serviceName();
                groups.computeIfAbsent(op.resourceId(), k -> new ArrayList<>()).add(op);
            } else {
                stages.add(List.of(List.of(op)));
            }
        }
        if (!groups.isEmpty()) {
            stages.add(new ArrayList<>(groups.values()));
        }
        return stages;
    }

    private static boolean onOneContainer(Operation op) {
        return op instanceof Operation.CreateContainer || op instanceof Operation.StartContainer
                || op instanceof Operation.StopContainer || op instanceof Operation.RemoveContainer
                || op instanceof Operation.RestartContainer;
    }

    /** Runs a stage's groups side by side (each in order) and waits for all; the first failure is thrown. */
    private void runStage(List<List<Operation>> stage) throws InterruptedException {
        if (stage.size() == 1) {
            for (Operation op : stage.getFirst()) {
                runOne(op);
            }
            return;
        }
        try (ExecutorService pool = Tasks.perTask()) {
            List<Future<?>> running = new ArrayList<>();
            for (List<Operation> group : stage) {
                running.add(pool.submit(() -> {
                    for (Operation op : group) {
                        runOne(op);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof EngineException failed) {
                        throw failed;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
    }

    private void parallel(List<Operation> ops, List<String> failures) {
        if (ops.isEmpty()) {
            return;
        }
        try (ExecutorService pool = Tasks.perTask()) {
            List<Future<?>> running = new ArrayList<>();
            for (Operation op : ops) {
                running.add(pool.submit(() -> {
                    try {
                        runOne(op);
                    } catch (EngineException e) {
                        failures.add(e.getMessage());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            running.forEach(PlanExecutor::join);
        }
    }

    /** Runs one operation to its end; waits block on the tracker. */
    void runOne(Operation op) throws InterruptedException {
        sink.accept(new EngineEvent.OperationStarted(op));
        try {
            switch (op) {
                case Operation.AwaitDependencies a -> awaitDependencies(a);
                case Operation.AwaitServicesDone a -> awaitLanes(a.serviceNames());
                case Operation.AwaitCreated a -> awaitLanes(a.serviceNames());
                case Operation.AwaitReady a -> awaitReady(a);
                default -> runner.run(op);
            }
            sink.accept(new EngineEvent.OperationFinished(op, null));
        } catch (EngineException e) {
            sink.accept(new EngineEvent.OperationFinished(op, e.getMessage()));
            throw e;
        }
    }

    private void awaitDependencies(Operation.AwaitDependencies a) throws InterruptedException {
        Conditions conditions = runner.conditions();
        for (DependsOn d : a.dependsOn()) {
            String reason = "waiting for " + d.serviceName() + " to be " + switch (d.condition()) {
                case SERVICE_STARTED -> "started";
                case SERVICE_HEALTHY -> "healthy";
                case SERVICE_COMPLETED_SUCCESSFULLY -> "completed successfully";
            };
            sink.accept(new ResourceChanged(Kind.CONTAINER, a.serviceName(), a.serviceName(), Phase.WAITING, reason, null));
            Conditions.Verdict v = tracker.await(() -> conditions.dependency(d), null).orElseThrow();
            if (!v.ok()) {
                if (!d.required()) {
                    sink.accept(new EngineEvent.Warning("optional dependency " + d.serviceName() + " failed: " + v.failure()));
                    continue;
                }
                throw new EngineException(EngineException.Reason.DEPENDENCY_FAILED,
                        "dependency failed to start: " + v.failure());
            }
        }
    }

    private void awaitLanes(List<String> serviceNames) throws InterruptedException {
        tracker.await(() -> serviceNames.stream().allMatch(s -> tracker.lane(s) != Tracker.LaneStatus.PENDING)
                ? java.util.Optional.of(true) : java.util.Optional.empty(), null);
    }

    private void awaitReady(Operation.AwaitReady a) throws InterruptedException {
        Conditions conditions = runner.conditions();
        sink.accept(new ResourceChanged(Kind.CONTAINER, a.serviceName(), a.serviceName(), Phase.WAITING,
                "waiting to be " + a.cause(), null));
        Conditions.Verdict v = tracker.await(() -> conditions.ready(a.serviceName()), waitTimeout)
                .orElseThrow(() -> new EngineException(EngineException.Reason.TIMEOUT,
                        "timed out waiting for " + a.serviceName() + " to be " + a.cause()));
        if (!v.ok()) {
            throw new EngineException(EngineException.Reason.DEPENDENCY_FAILED, v.failure());
        }
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

}
