package dev.berth.graph;

/**
 * How far a service got, as far as its dependents care. The engine maps container states onto
 * these; the graph only decides which depends_on conditions they meet.
 */
public enum ServiceState {
    /** Not started yet. */
    PENDING,
    /** Container created, not started. */
    CREATED,
    /** Running; its healthcheck has no result yet. */
    STARTED,
    /** Running, and it defines no healthcheck: started, but it never becomes healthy. */
    NO_HEALTHCHECK,
    HEALTHY,
    UNHEALTHY,
    /** Exited with code 0. */
    COMPLETED,
    /** Exited with a non-zero code. */
    FAILED;

    /** Whether the container has been started at some point. */
    public boolean hasStarted() {
        return this != PENDING && this != CREATED;
    }
}
