package dev.berth.compose.model;

import java.util.Map;

/** A top-level network. {@code name} is the engine-side name (project_key unless set). */
public record Network(String key, String name, String driver, boolean external, boolean internal,
                      boolean attachable, Map<String, String> labels) {
    public Network {
        labels = Maps.copy(labels);
    }
}
