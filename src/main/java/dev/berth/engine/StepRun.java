package dev.berth.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Step mode: one operation per call, in plan order; a lane counts as done after its last operation. */
final class StepRun implements ComposeEngine.Steps {
    private final PlanExecutor executor;
    private final Tracker tracker;
    private final List<Operation> operations;
    private final Map<String, Integer> remaining = new HashMap<>();
    private int next;

    StepRun(PlanExecutor executor, Tracker tracker, Plan plan) {
        this.executor = executor;
        this.tracker = tracker;
        this.operations = plan.operations();
        plan.lanes().forEach((service, ops) -> {
            tracker.lanePending(service);
            remaining.put(service, ops.size());
            if (ops.isEmpty()) {
                tracker.laneDone(service, null);
            }
        });
    }

    @Override
    public synchronized Operation next() {
        return next < operations.size() ? operations.get(next) : null;
    }

    @Override
    public synchronized void runNext() {
        Operation op = next();
        if (op == null) {
            return;
        }
        next++;
        String lane = op.serviceName();
        try {
            executor.runOne(op);
            if (lane != null && remaining.containsKey(lane) && remaining.merge(lane, -1, Integer::sum) == 0) {
                tracker.laneDone(lane, null);
            }
        } catch (EngineException e) {
            if (lane != null) {
                tracker.laneDone(lane, e.getMessage());
            }
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (next >= operations.size()) {
                tracker.close();
            }
        }
    }
}
