package dev.berth.insight.timeline;

/**
 * What the engine said happened to one service's containers during an up, in nanoseconds since the epoch as the
 * engine stamped its events; null for what did not happen. With several replicas: the first create, and the last
 * start, healthy and exit (a dependant waits for all of them).
 */
public record ServiceTimes(String serviceName, Long created, Long started, Long healthy, Long unhealthy, Long exited,
                           Integer exitCode) {

    /** When the service was as ready as it got: healthy, else started, else exited, else created (null: none). */
    public Long finish() {
        if (healthy != null) {
            return healthy;
        }
        if (started != null) {
            return exited != null && exited > started ? exited : started;
        }
        return exited != null ? exited : created;
    }

    ServiceTimes withCreated(long t) {
        return new ServiceTimes(serviceName, created == null ? t : Math.min(created, t), started, healthy, unhealthy,
                exited, exitCode);
    }

    ServiceTimes withStarted(long t) {
        return new ServiceTimes(serviceName, created, started == null ? t : Math.max(started, t), healthy, unhealthy,
                exited, exitCode);
    }

    ServiceTimes withHealthy(long t) {
        return new ServiceTimes(serviceName, created, started, healthy == null ? t : Math.max(healthy, t), unhealthy,
                exited, exitCode);
    }

    ServiceTimes withUnhealthy(long t) {
        return new ServiceTimes(serviceName, created, started, healthy, unhealthy == null ? t : unhealthy, exited,
                exitCode);
    }

    ServiceTimes withExited(long t, Integer code) {
        return new ServiceTimes(serviceName, created, started, healthy, unhealthy,
                exited == null ? t : Math.max(exited, t), code == null ? exitCode : code);
    }
}
