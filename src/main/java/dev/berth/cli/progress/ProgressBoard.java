package dev.berth.cli.progress;

import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineEvent.ImageProgress;
import dev.berth.engine.EngineEvent.Kind;
import dev.berth.engine.EngineEvent.ResourceChanged;
import dev.berth.cli.progress.Task.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of the live view, without any terminal: one {@link Task} per resource, in the order the first
 * event about it arrived (the reference's order). Not thread-safe: the writer guards it.
 */
final class ProgressBoard {
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    /** Lines made for a service before any of its containers had one ("Container web" while it waits). */
    private final Set<String> placeholders = new HashSet<>();
    private long version;

    /** Applies one engine event seen at {@code nowNanos}; events the view does not show are ignored. */
    void apply(EngineEvent event, long nowNanos) {
        switch (event) {
            case ResourceChanged r when serviceLevel(r) -> serviceChanged(r, nowNanos);
            case ResourceChanged r -> put(idOf(r), r.serviceName(), r, nowNanos);
            case ImageProgress p -> imageProgress(p, nowNanos);
            default -> { return; }
        }
        version++;
    }

    List<Task> tasks() {
        return List.copyOf(tasks.values());
    }

    /** Grows on every visible change, so the writer can skip redrawing an unchanged, idle board. */
    long version() {
        return version;
    }

    int done() {
        return (int) tasks.values().stream().filter(t -> !t.working()).count();
    }

    boolean anyWorking() {
        return tasks.values().stream().anyMatch(Task::working);
    }

    /** The id the reference shows: "Container x-web-1", "Network x_default", an image by its service's name. */
    static String idOf(ResourceChanged r) {
        return switch (r.kind()) {
            case CONTAINER -> "Container " + r.resourceName();
            case NETWORK -> "Network " + r.resourceName();
            case VOLUME -> "Volume " + r.resourceName();
            case IMAGE -> r.serviceName() != null ? r.serviceName() : "Image " + r.resourceName();
        };
    }

    /** The executor reports waiting and failures per service (resource name = service name), not per container. */
    private static boolean serviceLevel(ResourceChanged r) {
        return r.kind() == Kind.CONTAINER && r.serviceName() != null && r.serviceName().equals(r.resourceName());
    }

    /**
     * A service-level event goes to that service's lines: waiting to its containers, an error to whatever of it
     * is still working (else its containers). Only without any line of its own does it get one.
     */
    private void serviceChanged(ResourceChanged r, long nowNanos) {
        List<Task> targets = new ArrayList<>();
        if (r.phase() == EngineEvent.Phase.ERROR) {
            tasks.values().stream().filter(t -> r.serviceName().equals(t.serviceName()) && t.working())
                    .forEach(targets::add);
        }
        if (targets.isEmpty()) {
            tasks.values().stream().filter(t -> r.serviceName().equals(t.serviceName()) && t.id().startsWith("Container "))
                    .forEach(targets::add);
        }
        if (targets.isEmpty()) {
            put(idOf(r), r.serviceName(), r, nowNanos);
            placeholders.add(idOf(r));
        }
        for (Task t : targets) {
            put(t.id(), t.serviceName(), r, nowNanos);
        }
    }

    private void put(String id, String serviceName, ResourceChanged r, long nowNanos) {
        String state = PhaseWords.word(r);
        Status status = PhaseWords.status(r.phase());
        Task old = tasks.get(id);
        if (old == null && serviceName != null && !id.equals("Container " + serviceName)
                && placeholders.remove("Container " + serviceName)) {
            takeOver("Container " + serviceName, id, state, r.detail(), status, nowNanos);
            return;
        }
        Task next = old == null
                ? new Task(id, serviceName, state, r.detail(), status, nowNanos, nowNanos)
                : old.next(state, r.detail(), status, nowNanos);
        tasks.put(id, next);
    }

    /** The service's first container takes its placeholder's place and clock, so no line is left spinning. */
    private void takeOver(String placeholderId, String id, String state, String detail, Status status,
                          long nowNanos) {
        Map<String, Task> copy = new LinkedHashMap<>(tasks);
        tasks.clear();
        copy.forEach((key, t) -> {
            if (key.equals(placeholderId)) {
                Task moved = new Task(id, t.serviceName(), t.state(), t.detail(), t.status(), t.startNanos(),
                        t.endNanos());
                tasks.put(id, moved.next(state, detail, status, nowNanos));
            } else {
                tasks.put(key, t);
            }
        });
    }

    /** Build and pull output becomes the detail of the image's line while it works. */
    private void imageProgress(ImageProgress p, long nowNanos) {
        String id = p.serviceName() != null ? p.serviceName() : "Image " + p.imageName();
        Task old = tasks.get(id);
        String detail = ImageDetail.of(p);
        if (old == null) {
            tasks.put(id, new Task(id, p.serviceName(), "Working", detail, Status.WORKING, nowNanos, nowNanos));
        } else if (old.working()) {
            tasks.put(id, old.withDetail(detail));
        }
    }
}
