package dev.berth.engine;

/**
 * A failure the user can act on; the message is one or more complete sentences. {@code reason} is the typed
 * outcome, so callers never match on the text.
 */
public class EngineException extends RuntimeException {
    public enum Reason { UNREACHABLE, NOT_FOUND, CONFLICT, IMAGE_MISSING, BUILD_FAILED, DEPENDENCY_FAILED,
        TIMEOUT, INVALID, ENGINE_ERROR }

    private final Reason reason;

    public EngineException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public EngineException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Exit code as {@code docker compose} uses it: 1 for everything but the engine being unreachable. */
    public int exitCode() {
        return 1;
    }
}
