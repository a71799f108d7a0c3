package dev.berth.engine;

import java.time.Instant;

/**
 * Progress as data: everything the engine reports while it works or watches. The UI and the CLI
 * render these; nothing else is printed by the engine.
 */
public sealed interface EngineEvent
        permits EngineEvent.ResourceChanged, EngineEvent.ImageProgress, EngineEvent.LogLine,
        EngineEvent.OperationStarted, EngineEvent.OperationFinished, EngineEvent.Warning, EngineEvent.Disconnected {

    /** What kind of resource a {@link ResourceChanged} is about. */
    enum Kind { CONTAINER, NETWORK, VOLUME, IMAGE }

    /** The life of a resource as the user sees it. */
    enum Phase {
        CREATING, CREATED, STARTING, STARTED, RUNNING, WAITING, HEALTHY, UNHEALTHY, EXITED,
        STOPPING, STOPPED, RESTARTING, REMOVING, REMOVED, PAUSED, UNPAUSED, KILLING, KILLED, BUILDING, BUILT, PULLING, PULLED,
        PUSHING, PUSHED, SKIPPED, COPYING, COPIED, EXPORTING, EXPORTED, COMMITTING, COMMITTED, ERROR
    }

    /**
     * A resource changed phase. {@code serviceName} is null for networks and volumes; {@code detail} holds the
     * reason of WAITING, the message of ERROR, the last healthcheck output of UNHEALTHY; {@code exitCode} is set
     * for EXITED.
     */
    record ResourceChanged(Kind kind, String resourceName, String serviceName, Phase phase, String detail,
                           Integer exitCode) implements EngineEvent {
        public static ResourceChanged container(String containerName, String serviceName, Phase phase) {
            return new ResourceChanged(Kind.CONTAINER, containerName, serviceName, phase, null, null);
        }

        public ResourceChanged withDetail(String newDetail) {
            return new ResourceChanged(kind, resourceName, serviceName, phase, newDetail, exitCode);
        }

        @Override
        public String toString() {
            String base = kind.name().toLowerCase() + " " + resourceName + " " + phase.name().toLowerCase();
            if (exitCode != null) {
                base += " (" + exitCode + ")";
            }
            return detail == null ? base : base + ": " + detail;
        }
    }

    /** A line of build or pull output for one service's image; {@code current/total} in bytes when known. */
    record ImageProgress(String serviceName, String imageName, String text, Long current, Long total)
            implements EngineEvent {}

    /** One line a container wrote; {@code stderr} tells the stream apart. */
    record LogLine(String serviceName, String containerName, boolean stderr, Instant timestamp, String text)
            implements EngineEvent {}

    /** The executor began one plan operation (the UI highlights it in step mode). */
    record OperationStarted(Operation operation) implements EngineEvent {}

    /** One plan operation ended; {@code error} is null on success. */
    record OperationFinished(Operation operation, String error) implements EngineEvent {}

    /** Something the reference would warn about (orphans, ignored options). */
    record Warning(String message) implements EngineEvent {}

    /** The engine ended a watched stream (it stopped or restarted): nothing more comes from that subscription. */
    record Disconnected(String message) implements EngineEvent {}
}
