package dev.berth.compose.model;

import java.util.Map;

/** A top-level named volume. {@code name} is the engine-side name (project_key unless set). */
public record Volume(String key, String name, String driver, boolean external, Map<String, String> labels) {
    public Volume {
        labels = Maps.copy(labels);
    }
}
