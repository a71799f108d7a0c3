package dev.berth.compose.load.canonical;

import dev.berth.compose.load.canonical.GoType.Struct;
import java.util.Map;
import java.util.TreeMap;

/** Applies the Go types to a whole project: each service and each top-level resource. */
public final class ProjectTypes {
    private ProjectTypes() {}

    private static final Map<String, Struct> RESOURCES = Map.of("networks", DeployTypes.NETWORK,
            "volumes", DeployTypes.VOLUME, "secrets", DeployTypes.FILE_OBJECT, "configs", DeployTypes.FILE_OBJECT);

    static void canonical(Map<String, Object> tree, Shape shape) {
        tree.replaceAll((key, value) -> key.startsWith("x-") ? Typed.sorted(value) : value);
        each(tree, "models", DeployTypes.MODEL, (name, v, t) -> Typed.canonical(v, t, "models." + name, shape));
        each(tree, "services", ServiceTypes.SERVICE, (name, v, t) -> Typed.canonical(v, t, "services." + name, shape));
        RESOURCES.forEach((kind, type) ->
                each(tree, kind, type, (name, v, t) -> Typed.canonical(v, t, kind + "." + name, shape)));
    }

    /** The project as encoding/json prints it (key order aside; the renderer orders keys). */
    public static Map<String, Object> json(Map<String, Object> tree) {
        Map<String, Object> out = Trees.newMap();
        out.putAll(tree);
        out.putIfAbsent("services", Trees.newMap());
        // the reference's project JSON has no top-level models
        out.remove("models");
        each(out, "services", ServiceTypes.SERVICE, (name, v, t) -> Typed.json(v, t));
        RESOURCES.forEach((kind, type) -> each(out, kind, type, (name, v, t) -> Typed.json(v, t)));
        return out;
    }

    /** One service as encoding/json prints it. */
    public static Map<String, Object> serviceJson(Map<String, Object> service) {
        return Trees.map(Typed.json(service, ServiceTypes.SERVICE));
    }

    private interface Step {
        Object apply(String name, Object value, GoType type);
    }

    private static void each(Map<String, Object> tree, String kind, GoType type, Step step) {
        Map<String, Object> all = Trees.map(tree, kind);
        if (all == null) {
            return;
        }
        Map<String, Object> out = Trees.newMap();
        new TreeMap<>(all).forEach((name, v) -> out.put(name, step.apply(name, v == null ? Trees.newMap() : v, type)));
        tree.put(kind, out);
    }
}
