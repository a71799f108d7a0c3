package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/** Top-level networks, volumes, secrets and configs: external shorthand, default network, engine-side names. */
final class TopLevel {
    private TopLevel() {}

    static final List<String> RESOURCES = List.of("networks", "volumes", "secrets", "configs");

    static void file(Map<String, Object> tree, Shape shape) {
        for (String kind : RESOURCES) {
            Map<String, Object> all = Trees.map(tree, kind);
            if (all != null) {
                all.forEach((key, value) -> legacyExternal(Trees.map(value), kind + "." + key, shape));
            }
        }
    }

    /** {@code external: {name: x}} (compose file v3) means external with that name. */
    private static void legacyExternal(Map<String, Object> resource, String path, Shape shape) {
        if (resource != null && resource.get("external") instanceof Map<?, ?> ext) {
            Object name = ext.get("name");
            if (name != null && resource.get("name") != null && !name.equals(resource.get("name"))) {
                shape.problem(path + ".external", "'name' and 'external.name' conflict", "only use 'name'");
            }
            resource.put("external", true);
            if (name != null && resource.get("name") == null) {
                resource.put("name", name);
            }
        }
    }

    static void project(Map<String, Object> tree, LoadContext ctx, Shape shape) {
        Map<String, Object> services = Trees.map(tree, "services");
        boolean usesDefault = services != null && services.values().stream()
                .map(Trees::map)
                .anyMatch(s -> s != null && Trees.map(s, "networks") != null
                        && Trees.map(s, "networks").containsKey("default"));
        if (usesDefault) {
            Map<String, Object> networks = Trees.child(tree, "networks");
            if (networks.get("default") == null) {
                networks.put("default", Trees.newMap());
            }
        }
        for (String kind : RESOURCES) {
            name(tree, kind, ctx);
        }
        files(Trees.map(tree, "secrets"), ctx);
        bindVolumes(Trees.map(tree, "volumes"), ctx);
        files(Trees.map(tree, "configs"), ctx);
    }

    private static void name(Map<String, Object> tree, String kind, LoadContext ctx) {
        Map<String, Object> all = Trees.map(tree, kind);
        if (all == null) {
            return;
        }
        all.replaceAll((key, value) -> {
            Map<String, Object> m = Trees.map(value) == null ? Trees.newMap() : Trees.map(value);
            if (m.get("name") == null) {
                boolean external = Boolean.TRUE.equals(Scalars.bool(m.get("external")));
                m.put("name", external ? key : ctx.projectName() + "_" + key);
            }
            return m;
        });
    }

    /** A local volume with {@code o: bind} mounts a host directory: its device becomes absolute. */
    private static void bindVolumes(Map<String, Object> volumes, LoadContext ctx) {
        if (volumes == null || !ctx.resolvePaths()) {
            return;
        }
        volumes.values().forEach(value -> {
            Map<String, Object> v = Trees.map(value);
            Map<String, Object> opts = Trees.map(v, "driver_opts");
            boolean local = v != null && (v.get("driver") == null || "local".equals(v.get("driver")));
            if (local && opts != null && "bind".equals(opts.get("o")) && opts.get("device") instanceof String device) {
                opts.put("device", Paths.absolute(device, ctx));
            }
        });
    }

    private static void files(Map<String, Object> all, LoadContext ctx) {
        if (all == null || !ctx.resolvePaths()) {
            return;
        }
        all.values().forEach(value -> {
            Map<String, Object> m = Trees.map(value);
            if (m != null && m.get("file") instanceof String file) {
                m.put("file", Paths.absolute(file, ctx));
            }
        });
    }
}
