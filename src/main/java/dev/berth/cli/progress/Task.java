package dev.berth.cli.progress;

/**
 * One line of the live view: a network, volume, container or image. Times are nanoseconds from one clock;
 * {@code endNanos} is when the task last stopped working, so a done line keeps the time it took.
 */
record Task(String id, String serviceName, String state, String detail, Status status, long startNanos,
            long endNanos) {

    /** How the line looks: a spinner while working, a mark otherwise. */
    enum Status { WORKING, DONE, WARNING, ERROR }

    boolean working() {
        return status == Status.WORKING;
    }

    /** Elapsed time as shown: running while working, frozen once done. */
    long elapsedNanos(long nowNanos) {
        return (working() ? nowNanos : endNanos) - startNanos;
    }

    Task next(String newState, String newDetail, Status newStatus, long nowNanos) {
        long end = newStatus == Status.WORKING ? endNanos : working() ? nowNanos : endNanos;
        return new Task(id, serviceName, newState, newDetail, newStatus, startNanos, end);
    }

    Task withDetail(String newDetail) {
        return new Task(id, serviceName, state, newDetail, status, startNanos, endNanos);
    }
}
