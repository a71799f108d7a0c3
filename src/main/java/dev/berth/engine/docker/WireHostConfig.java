package dev.berth.engine.docker;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A host config with what docker-java's lacks or sends otherwise than the reference's engine client:
 * capabilities as names (upper case, {@code CAP_} prefixed except {@code ALL}, once each, sorted; docker-java's
 * enum knows neither the prefix nor capabilities newer than it, so these getters shadow its own), and the empty
 * {@code MaskedPaths}/{@code ReadonlyPaths} that {@code security_opt: systempaths=unconfined} stands for.
 */
final class WireHostConfig extends HostConfig {
    private List<String> capAddNames;
    private List<String> capDropNames;
    private List<String> unmasked;

    WireHostConfig withCapabilities(List<String> add, List<String> drop) {
        capAddNames = add.isEmpty() ? null : normalise(add);
        capDropNames = drop.isEmpty() ? null : normalise(drop);
        return this;
    }

    /** {@code systempaths=unconfined}: no path masked, none read-only (the engine's defaults mask /proc parts). */
    WireHostConfig withUnconfinedPaths(boolean unconfined) {
        unmasked = unconfined ? List.of() : null;
        return this;
    }

    @JsonProperty("MaskedPaths")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<String> maskedPaths() {
        return unmasked;
    }

    @JsonProperty("ReadonlyPaths")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<String> readonlyPaths() {
        return unmasked;
    }

    @JsonProperty("CapAdd")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<String> capAddNames() {
        return capAddNames;
    }

    @JsonProperty("CapDrop")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<String> capDropNames() {
        return capDropNames;
    }

    @Override
    @JsonIgnore
    public Capability[] getCapAdd() {
        return super.getCapAdd();
    }

    @Override
    @JsonIgnore
    public Capability[] getCapDrop() {
        return super.getCapDrop();
    }

    static List<String> normalise(List<String> names) {
        TreeSet<String> out = new TreeSet<>();
        for (String name : names) {
            String upper = name.strip().toUpperCase(Locale.ROOT);
            if (upper.isEmpty()) {
                continue;
            }
            out.add(upper.equals("ALL") || upper.startsWith("CAP_") ? upper : "CAP_" + upper);
        }
        return List.copyOf(out);
    }
}
