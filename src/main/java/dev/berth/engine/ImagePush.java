package dev.berth.engine;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code push} as the reference does it: only services with both {@code build} and {@code image} are pushed (their
 * image and {@code build.tags}); the others are reported skipped. A failure ends the push unless ignored.
 */
final class ImagePush {
    private final DockerGateway gateway;
    private final EventSink sink;

    ImagePush(DockerGateway gateway, EventSink sink) {
        this.gateway = gateway;
        this.sink = sink;
    }

    void push(Project project, List<String> services, boolean includeDeps, boolean ignoreFailures) {
        for (String name : selected(project, services, includeDeps)) {
            Service s = project.service(name);
            if (s.build() == null || s.image() == null) {
                sink.accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.IMAGE, name, name,
                        EngineEvent.Phase.SKIPPED, null, null));
                continue;
            }
            for (String tag : tags(s)) {
                pushOne(name, tag, ignoreFailures);
            }
        }
    }

    private void pushOne(String serviceName, String tag, boolean ignoreFailures) {
        sink.accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.IMAGE, tag, null, EngineEvent.Phase.PUSHING,
                null, null));
        try {
            gateway.push(tag, line -> sink.accept(new EngineEvent.ImageProgress("Pushing " + tag + ":", tag, line,
                    null, null)));
        } catch (EngineException e) {
            if (!ignoreFailures) {
                throw e;
            }
            sink.accept(new EngineEvent.Warning("Pushing " + serviceName + ": " + e.getMessage()));
            return;
        }
        sink.accept(new EngineEvent.ResourceChanged(EngineEvent.Kind.IMAGE, tag, null, EngineEvent.Phase.PUSHED,
                null, null));
    }

    /** The image, then {@code build.tags} in their order. */
    private static List<String> tags(Service s) {
        List<String> tags = new ArrayList<>(List.of(s.image()));
        if (s.tree().get("build") instanceof Map<?, ?> build && build.get("tags") instanceof List<?> more) {
            more.forEach(t -> tags.add(String.valueOf(t)));
        }
        return tags;
    }

    private static Set<String> selected(Project project, List<String> services, boolean includeDeps) {
        Set<String> out = new TreeSet<>(services.isEmpty() ? project.services().keySet() : services);
        if (includeDeps) {
            Deque<String> todo = new ArrayDeque<>(out);
            while (!todo.isEmpty()) {
                Service s = project.services().get(todo.pop());
                if (s != null) {
                    s.dependsOn().keySet().stream().filter(project.services()::containsKey).filter(out::add)
                            .forEach(todo::push);
                }
            }
        }
        return out;
    }
}
