package dev.berth.engine.docker;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.dockerjava.api.model.LogConfig;
import java.util.Map;

/**
 * A logging config whose driver is sent by name, as the reference sends it: any driver the engine knows
 * (plugins included), or none at all when the file gives options only (the engine's default driver then).
 * docker-java's own field takes an enum of the built-in drivers; this getter shadows it.
 */
final class NamedLogConfig extends LogConfig {
    private final String driver;

    NamedLogConfig(String driver, Map<String, String> options) {
        super(null, options == null || options.isEmpty() ? null : options);
        this.driver = driver == null ? "" : driver;
    }

    @JsonProperty("Type")
    public String driver() {
        return driver;
    }

    @Override
    @JsonIgnore
    public LoggingType getType() {
        return super.getType();
    }
}
