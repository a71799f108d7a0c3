package dev.berth.stack;

import dev.berth.engine.EngineException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code stack rm}: services (by name), secrets, configs, then networks, each found by the stack's label, as the
 * docker CLI; so a stack made by either tool is removed whole by the other. Without detach, waits until the
 * stack's tasks have all stopped.
 */
record StackRemoval(SwarmGateway swarm, StackOutput output) {
    private static final Set<String> FINAL = Set.of("complete", "shutdown", "failed", "rejected", "orphaned", "remove");

    boolean remove(List<String> namespaces, boolean detach) throws InterruptedException {
        boolean ok = true;
        for (String ns : namespaces) {
            var filter = Swarms.stackFilter(ns);
            List<Doc> services = swarm.services(filter).stream()
                    .sorted(Comparator.comparing((Doc d) -> d.string("Spec", "Name"))).toList();
            List<Doc> networks = swarm.networks(filter);
            List<Doc> secrets = swarm.objects("secrets", filter);
            List<Doc> configs = swarm.objects("configs", filter);
            if (services.size() + networks.size() + secrets.size() + configs.size() == 0) {
                output.err("Nothing found in stack: " + ns);
                continue;
            }
            boolean failed = each(services, "service", d -> d.string("Spec", "Name"), d -> swarm.removeService(d.string("ID")));
            failed |= each(secrets, "secret", d -> d.string("Spec", "Name"), d -> swarm.removeObject("secrets", d.string("ID")));
            failed |= each(configs, "config", d -> d.string("Spec", "Name"), d -> swarm.removeObject("configs", d.string("ID")));
            failed |= each(networks, "network", d -> d.string("Name"), this::removeNetwork);
            if (failed) {
                output.err("failed to remove some resources from stack: " + ns);
                ok = false;
            } else if (!detach) {
                awaitTasks(ns);
            }
        }
        return ok;
    }

    /**
     * The manager refuses a network while tasks of the services just removed still reference it (400, "in use by
     * task"); they are deleted a moment after their service, so the removal is tried again for up to 5 s.
     */
    private void removeNetwork(Doc network) {
        long end = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                swarm.removeNetwork(network.string("Id"));
                return;
            } catch (EngineException e) {
                if (e.reason() != EngineException.Reason.INVALID && e.reason() != EngineException.Reason.CONFLICT
                        || System.nanoTime() > end) {
                    throw e;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted");
            }
        }
    }

    /** Prints each line in order, then removes them at once (a few at a time); true when one failed. */
    private boolean each(List<Doc> docs, String kind, java.util.function.Function<Doc, String> name, Consumer<Doc> remove) {
        List<java.util.function.Supplier<String>> calls = new java.util.ArrayList<>();
        for (Doc d : docs) {
            output.out("Removing " + kind + " " + name.apply(d));
            calls.add(() -> {
                try {
                    remove.accept(d);
                    return null;
                } catch (EngineException e) {
                    return "Failed to remove " + kind + " " + (d.has("ID") ? d.string("ID") : d.string("Id")) + ": " + e.getMessage();
                }
            });
        }
        List<String> failures = Parallel.all(calls, StackDeployer.PARALLEL_CALLS).stream().filter(java.util.Objects::nonNull).toList();
        failures.forEach(output::err);
        return !failures.isEmpty();
    }

    private void awaitTasks(String ns) throws InterruptedException {
        while (swarm.tasks(Swarms.stackFilter(ns)).stream().anyMatch(t -> !FINAL.contains(t.string("Status", "State")))) {
            Thread.sleep(200);
        }
    }
}
