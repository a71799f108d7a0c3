package dev.berth.engine;

import java.util.Map;

/**
 * A container event as the engine sent it ({@code events}): its action (start, die, health_status: healthy…), the
 * container's id, the event's attributes (labels, name, image, exit code) and its time in nanoseconds since the epoch.
 */
public record ContainerEvent(String action, String actorId, Map<String, String> attributes, long timeNanos) {
    public ContainerEvent {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
