package dev.berth.cli.progress;

import dev.berth.engine.EngineEvent.Phase;
import dev.berth.engine.EngineEvent.ResourceChanged;
import dev.berth.cli.progress.Task.Status;

/** The words the reference shows for each phase, and whether the phase is work still going on. */
final class PhaseWords {
    private PhaseWords() {}

    static String word(ResourceChanged r) {
        return switch (r.phase()) {
            case EXITED -> "Exited" + (r.exitCode() == null ? "" : " (" + r.exitCode() + ")");
            default -> r.phase().name().charAt(0) + r.phase().name().substring(1).toLowerCase();
        };
    }

    static Status status(Phase phase) {
        return switch (phase) {
            case CREATING, STARTING, WAITING, STOPPING, RESTARTING, REMOVING, KILLING, BUILDING, PULLING, PUSHING,
                 COPYING, EXPORTING, COMMITTING -> Status.WORKING;
            case ERROR, UNHEALTHY -> Status.ERROR;
            case CREATED, STARTED, RUNNING, HEALTHY, EXITED, STOPPED, REMOVED, PAUSED, UNPAUSED, KILLED, BUILT,
                 PULLED, PUSHED, SKIPPED, COPIED, EXPORTED,
                 COMMITTED -> Status.DONE;
        };
    }
}
