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
 * A host config whose capabilities are sent as names, the way the reference's engine client sends them:
 * upper case, {@code CAP_} prefixed (except {@code ALL}), once each, sorted. docker-java's own fields take
 * an enum that knows neither the prefix nor capabilities newer than it; these fields shadow them.
 */
final class CapsHostConfig extends HostConfig {
    private List<String> capAddNames;
    private List<String> capDropNames;

    CapsHostConfig withCapabilities(List<String> add, List<String> drop) {
        capAddNames = add.isEmpty() ? null : normalise(add);
        capDropNames = drop.isEmpty() ? null : normalise(drop);
        return this;
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
