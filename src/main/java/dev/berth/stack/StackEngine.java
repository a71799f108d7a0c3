package dev.berth.stack;

import dev.berth.compose.model.Project;
import dev.berth.stack.StackViews.NodeRow;
import dev.berth.stack.StackViews.ServiceRow;
import dev.berth.stack.StackViews.StackRow;
import dev.berth.stack.StackViews.StackState;
import dev.berth.stack.StackViews.TaskRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The stack verbs, one method each: the only door the CLI and the window use to a Swarm. */
public final class StackEngine {
    private final SwarmGateway swarm;

    public StackEngine(SwarmGateway swarm) {
        this.swarm = swarm;
    }

    /** What a deploy would do, with causes; nothing changes on the Swarm. */
    public StackPlan plan(Project project, DeployOptions options) {
        return new StackPlanner(swarm).plan(project, options);
    }

    /** Carries out the plan; with {@code detach} false, waits for convergence. Returns the errors (empty: success). */
    public List<String> deploy(Project project, StackPlan plan, DeployOptions options, StackOutput output)
            throws InterruptedException {
        List<StackDeployer.Awaited> ids = new StackDeployer(swarm, output).deploy(project, plan, options);
        return options.detach() ? List.of() : new Convergence(swarm, output).await(options.namespace(), ids, 250);
    }

    public List<StackRow> stacks() {
        Map<String, Integer> counts = new TreeMap<>();
        swarm.services(Swarms.allStacks()).forEach(s ->
                counts.merge(s.labels("Spec", "Labels").get(ServiceConverter.NAMESPACE), 1, Integer::sum));
        List<StackRow> out = new ArrayList<>();
        counts.forEach((name, n) -> out.add(new StackRow(name, n)));
        return out;
    }

    public List<ServiceRow> services(String namespace) {
        Swarms.requireManager(swarm);
        return StackRows.services(swarm.services(Swarms.stackFilter(namespace)), swarm.tasks(Swarms.stackFilter(namespace)));
    }

    public List<TaskRow> tasks(String namespace) {
        Swarms.requireManager(swarm);
        List<Doc> services = swarm.services(Swarms.stackFilter(namespace));
        return StackRows.tasks(services, swarm.tasks(Swarms.stackFilter(namespace)), swarm.nodes());
    }

    /** Services, tasks and nodes of one stack at once (the window's refresh). */
    public StackState state(String namespace) {
        List<Doc> services = swarm.services(Swarms.stackFilter(namespace));
        List<Doc> tasks = swarm.tasks(Swarms.stackFilter(namespace));
        List<Doc> nodes = swarm.nodes();
        return new StackState(namespace, StackRows.services(services, tasks), StackRows.tasks(services, tasks, nodes),
                StackRows.nodes(nodes));
    }

    /** Sets a replicated service's replica count ({@code docker service scale}); service is its name or its key. Returns the engine's warnings. */
    public List<String> scale(String namespace, String service, long replicas) {
        return new ServiceChanges(swarm).scale(namespace, service, replicas);
    }

    /** Rolls the service onto another image ({@code docker service update --image}). */
    public List<String> updateImage(String namespace, String service, String image) {
        return new ServiceChanges(swarm).image(namespace, service, image);
    }

    /** Puts back the service's previous spec ({@code docker service rollback}). */
    public List<String> rollback(String namespace, String service) {
        return new ServiceChanges(swarm).rollback(namespace, service);
    }

    /** Calls {@code onChange} on each service, node or container event of the Swarm until the answer is closed. */
    public AutoCloseable watch(Runnable onChange) {
        return swarm.events((type, action) -> onChange.run());
    }

    /** Removes stacks as the docker CLI does; returns false when some object could not be removed. */
    public boolean remove(List<String> namespaces, boolean detach, StackOutput output) throws InterruptedException {
        Swarms.requireManager(swarm);
        return new StackRemoval(swarm, output).remove(namespaces, detach);
    }
}
