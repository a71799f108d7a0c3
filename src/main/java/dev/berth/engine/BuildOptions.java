package dev.berth.engine;

import java.util.List;

/** Options of {@code build}: the services (all with a build section when empty); {@code cache} off = {@code --no-cache}. */
public record BuildOptions(List<String> services, Cache cache) {
    public enum Cache { USED, IGNORED }

    public BuildOptions {
        services = services == null ? List.of() : List.copyOf(services);
        cache = cache == null ? Cache.USED : cache;
    }

    public static BuildOptions of(List<String> services) {
        return new BuildOptions(services, Cache.USED);
    }

    public BuildOptions with(Cache newCache) {
        return new BuildOptions(services, newCache);
    }
}
