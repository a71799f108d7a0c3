package dev.berth.engine;

import java.util.Map;

/** A volume as {@code volumes} lists it. */
public record VolumeDetails(String name, String driver, String mountpoint, String scope, Map<String, String> labels) {
    public VolumeDetails {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
