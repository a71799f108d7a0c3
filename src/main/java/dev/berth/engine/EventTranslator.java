package dev.berth.engine;

import dev.berth.engine.DockerGateway.DockerEvent;
import dev.berth.engine.EngineEvent.Kind;
import dev.berth.engine.EngineEvent.Phase;
import dev.berth.engine.EngineEvent.ResourceChanged;

/** Engine container events → {@link ResourceChanged}; null for actions the UI does not show. */
final class EventTranslator {
    private EventTranslator() {}

    static ResourceChanged translate(DockerEvent e) {
        if (!"container".equals(e.type())) {
            return null;
        }
        String name = e.attributes().getOrDefault("name", e.actorId());
        String service = e.attributes().get(Labels.SERVICE);
        Phase phase = switch (e.action()) {
            case "create" -> Phase.CREATED;
            case "start" -> Phase.STARTED;
            case "die" -> Phase.EXITED;
            case "stop" -> Phase.STOPPED;
            case "kill" -> Phase.KILLED;
            case "pause" -> Phase.PAUSED;
            case "unpause" -> Phase.UNPAUSED;
            case "destroy" -> Phase.REMOVED;
            case "health_status: healthy" -> Phase.HEALTHY;
            case "health_status: unhealthy" -> Phase.UNHEALTHY;
            case "health_status: starting" -> Phase.STARTING;
            default -> null;
        };
        if (phase == null) {
            return null;
        }
        Integer exit = null;
        if (phase == Phase.EXITED && e.attributes().get("exitCode") != null) {
            exit = Integer.valueOf(e.attributes().get("exitCode"));
        }
        return new ResourceChanged(Kind.CONTAINER, name, service, phase, null, exit);
    }
}
