package dev.berth.compose.load;

import dev.berth.compose.model.Build;
import dev.berth.compose.model.Healthcheck;
import java.util.Map;

/** Binds the nested sections of a service (build, healthcheck). */
final class AttributeBinder {
    private AttributeBinder() {}

    static Build build(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            return null;
        }
        Map<String, Object> b = BindValues.map(value);
        return new Build(BindValues.string(b.get("context")), BindValues.string(b.get("dockerfile")),
                BindValues.string(b.get("dockerfile_inline")), BindValues.string(b.get("target")),
                BindValues.strings(b.get("args")), BindValues.strings(b.get("labels")));
    }

    static Healthcheck healthcheck(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            return null;
        }
        Map<String, Object> h = BindValues.map(value);
        return new Healthcheck(BindValues.stringList(h.get("test")), BindValues.duration(h.get("interval")),
                BindValues.duration(h.get("timeout")), BindValues.integer(h.get("retries")),
                BindValues.duration(h.get("start_period")), BindValues.duration(h.get("start_interval")),
                BindValues.bool(h.get("disable")));
    }
}
