package dev.berth.insight.timeline;

import dev.berth.engine.ContainerEvent;
import dev.berth.engine.Labels;
import java.util.Map;
import java.util.TreeMap;

/** Engine container events → {@link ServiceTimes} per service, by the events' own timestamps. */
final class EventTimes {
    private EventTimes() {}

    static Map<String, ServiceTimes> of(Iterable<ContainerEvent> events) {
        Map<String, ServiceTimes> times = new TreeMap<>();
        for (ContainerEvent e : events) {
            String service = e.attributes().get(Labels.SERVICE);
            if (service == null || "True".equalsIgnoreCase(e.attributes().get(Labels.PREFIX + "oneoff"))) {
                continue;
            }
            ServiceTimes t = times.getOrDefault(service, new ServiceTimes(service, null, null, null, null, null, null));
            times.put(service, apply(t, e));
        }
        return times;
    }

    private static ServiceTimes apply(ServiceTimes t, ContainerEvent e) {
        long at = e.timeNanos();
        if (t.started() == null && !e.action().equals("create") && !e.action().equals("start")) {
            return t; // the end of a container this up replaced, before the new one started
        }
        return switch (e.action()) {
            case "create" -> t.withCreated(at);
            case "start" -> t.withStarted(at);
            case "health_status: healthy" -> t.withHealthy(at);
            case "health_status: unhealthy" -> t.withUnhealthy(at);
            case "die" -> t.withExited(at, exitCode(e));
            default -> t;
        };
    }

    private static Integer exitCode(ContainerEvent e) {
        String code = e.attributes().get("exitCode");
        try {
            return code == null ? null : Integer.valueOf(code);
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
