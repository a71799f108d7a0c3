package dev.berth.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Waits until every service of a deploy has converged: its update (if any) completed, and as many tasks running as
 * wanted (a task with a healthcheck counts once healthy: Swarm keeps it "starting" before). A rollback or a paused
 * update ends the wait with that service's error. Reports each service's state whenever one changes.
 */
final class Convergence {
    private static final Set<String> MOVING = Set.of("updating", "rollback_started");
    private final SwarmGateway swarm;
    private final StackOutput output;

    Convergence(SwarmGateway swarm, StackOutput output) {
        this.swarm = swarm;
        this.output = output;
    }

    /** Returns the errors of the services that did not converge (empty when all did). */
    List<String> await(String namespace, List<StackDeployer.Awaited> services, long pollMillis) throws InterruptedException {
        List<ServiceProgress> last = List.of();
        while (true) {
            List<ServiceProgress> now = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            // two calls a round for the whole stack: a call per service loaded the manager with 50 services
            Map<String, Doc> byId = new java.util.HashMap<>();
            swarm.services(Swarms.stackFilter(namespace)).forEach(d -> byId.put(d.string("ID"), d));
            Map<String, List<Doc>> tasks = new java.util.HashMap<>();
            swarm.tasks(Swarms.stackFilter(namespace)).forEach(t ->
                    tasks.computeIfAbsent(t.string("ServiceID"), k -> new ArrayList<>()).add(t));
            for (StackDeployer.Awaited awaited : services) {
                String id = awaited.id();
                Doc service = byId.get(id);
                if (service == null) {
                    errors.add(id + ": service removed while waiting");
                    continue;
                }
                ServiceProgress p = progress(service, tasks.getOrDefault(id, List.of()), awaited);
                now.add(p);
                String state = p.updateState();
                if (state.equals("rollback_completed") || state.equals("paused") || state.equals("rollback_paused")) {
                    errors.add(p.name() + ": " + (state.equals("paused") ? "update paused" : "service rolled back")
                            + ": " + service.string("UpdateStatus", "Message"));
                }
            }
            if (!now.equals(last)) {
                output.progress(now);
                last = now;
            }
            if (!errors.isEmpty()) {
                return errors;
            }
            if (now.stream().allMatch(ServiceProgress::converged)) {
                return List.of();
            }
            Thread.sleep(pollMillis);
        }
    }

    /** An update that replaces tasks has begun once the engine reports it (its status is set a moment after the call). */
    private static boolean startedSince(Doc service, java.time.Instant since) {
        String started = service.string("UpdateStatus", "StartedAt");
        try {
            return !started.isEmpty() && !java.time.Instant.parse(started).isBefore(since);
        } catch (java.time.format.DateTimeParseException e) {
            return true;
        }
    }

    ServiceProgress progress(Doc service, List<Doc> tasks, StackDeployer.Awaited awaited) {
        Doc mode = service.doc("Spec", "Mode");
        boolean job = mode.has("ReplicatedJob") || mode.has("GlobalJob");
        String goal = job ? "complete" : "running";
        int running = 0;
        int wanted = 0;
        String error = "";
        for (Doc t : tasks) {
            if (t.string("DesiredState").equals("running") || job && t.string("DesiredState").equals("complete")) {
                wanted++;
                if (t.string("Status", "State").equals(goal)) {
                    running++;
                }
            }
            if (!t.string("Status", "Err").isEmpty()) {
                error = t.string("Status", "Err");
            }
        }
        int desired = mode.has("Replicated") ? (int) (mode.has("Replicated", "Replicas") ? mode.number("Replicated", "Replicas") : 1)
                : mode.has("ReplicatedJob") ? (int) mode.number("ReplicatedJob", "TotalCompletions") : wanted;
        String update = service.string("UpdateStatus", "State");
        boolean started = !awaited.rolling() || !update.isEmpty() && startedSince(service, awaited.since());
        boolean converged = started && !MOVING.contains(update) && running >= desired && (job || running == wanted);
        return new ServiceProgress(service.string("Spec", "Name"), running, desired, update, error, converged);
    }
}
