package dev.berth.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reconciler decided. {@code setup} runs first (networks, volumes, all in parallel); then one lane per
 * service, lanes in parallel, each lane in order (its waits make dependency order); then {@code teardown}.
 * Lanes are kept in dependency order so that running {@link #operations()} one by one is always valid.
 */
public record Plan(String projectName, List<Operation> setup, Map<String, List<Operation>> lanes,
                   List<Operation> teardown, List<String> warnings) {

    public Plan {
        setup = List.copyOf(setup);
        Map<String, List<Operation>> copy = new LinkedHashMap<>();
        lanes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        lanes = Collections.unmodifiableMap(copy);
        teardown = List.copyOf(teardown);
        warnings = List.copyOf(warnings);
    }

    /** Every operation in an order that is valid when run one at a time (step mode). */
    public List<Operation> operations() {
        List<Operation> all = new ArrayList<>(setup);
        lanes.values().forEach(all::addAll);
        all.addAll(teardown);
        return all;
    }

    /** The plan's builds and pulls alone, in their lanes: what must finish before containers are compared. */
    public Plan imagesOnly() {
        Map<String, List<Operation>> images = new LinkedHashMap<>();
        lanes.forEach((service, ops) -> {
            List<Operation> own = ops.stream().filter(Plan::isImage).toList();
            if (!own.isEmpty()) {
                images.put(service, own);
            }
        });
        return new Plan(projectName, List.of(), images, List.of(), List.of());
    }

    /** The plan without its builds and pulls (they have run). */
    public Plan withoutImages() {
        Map<String, List<Operation>> rest = new LinkedHashMap<>();
        lanes.forEach((service, ops) -> rest.put(service, ops.stream().filter(op -> !isImage(op)).toList()));
        return new Plan(projectName, setup, rest, teardown, warnings);
    }

    private static boolean isImage(Operation op) {
        return op instanceof Operation.BuildImage || op instanceof Operation.PullImage;
    }

    /** True when the plan makes no Docker API call (waits alone change nothing). */
    public boolean changesNothing() {
        return operations().stream().allMatch(op -> op instanceof Operation.AwaitReady
                || op instanceof Operation.AwaitDependencies || op instanceof Operation.AwaitServicesDone
                || op instanceof Operation.AwaitCreated);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Operation op : operations()) {
            out.append(op).append('\n');
        }
        return out.toString();
    }
}
