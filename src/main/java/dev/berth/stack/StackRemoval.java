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
            failed |= each(networks, "network", d -> d.string("Name"), d -> swarm.removeNetwork(d.string("Id")));
            if (failed) {
                output.err("failed to remove some resources from stack: " + ns);
                ok = false;
            } else if (!detach) {
                awaitTasks(ns);
            }
        }
        return ok;
    }

    private boolean each(List<Doc> docs, String kind, java.util.function.Function<Doc, String> name, Consumer<Doc> remove) {
        boolean failed = false;
        for (Doc d : docs) {
            output.out("Removing " + kind + " " + name.apply(d));
            try {
                remove.accept(d);
            } catch (EngineException e) {
                failed = true;
                output.err("Failed to remove " + kind + " " + d.string("ID") + ": " + e.getMessage());
            }
        }
        return failed;
    }

    private void awaitTasks(String ns) throws InterruptedException {
        while (swarm.tasks(Swarms.stackFilter(ns)).stream().anyMatch(t -> !FINAL.contains(t.string("Status", "State")))) {
            Thread.sleep(200);
        }
    }
}
