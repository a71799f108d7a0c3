package dev.berth.compose.load.canonical;

import java.util.List;
import java.util.Map;

/** One service's attributes, short syntax to long (per file) and defaults/paths/types (per project). */
final class ServiceShape {
    private ServiceShape() {}

    private static final List<String> KEY_VALUE_LISTS = List.of("environment", "labels", "annotations", "sysctls",
            "storage_opt");

    static void file(Map<String, Object> s, String path, Shape shape) {
        replace(s, "ports", Ports.file(s.get("ports"), path + ".ports", shape));
        replace(s, "depends_on", DependsOnShape.file(s.get("depends_on")));
        for (String key : KEY_VALUE_LISTS) {
            replace(s, key, KeyValues.file(s.get(key)));
        }
        replace(s, "volumes", Volumes.file(s.get("volumes"), path + ".volumes", shape));
        replace(s, "networks", NetworksShape.file(s.get("networks")));
        replace(s, "models", NetworksShape.file(s.get("models")));
        replace(s, "build", BuildShape.file(s.get("build")));
        replace(s, "env_file", EnvFiles.file(s.get("env_file")));
        replace(s, "secrets", FileReferences.file(s.get("secrets")));
        replace(s, "configs", FileReferences.file(s.get("configs")));
        if (s.get("extends") instanceof String service) {
            Map<String, Object> extendsMap = Trees.newMap();
            extendsMap.put("service", service);
            s.put("extends", extendsMap);
        }
        if (s.get("healthcheck") instanceof Map<?, ?> h && h.get("test") instanceof String test) {
            Trees.map(h).put("test", new java.util.ArrayList<Object>(List.of("CMD-SHELL", test)));
        }
        replace(s, "devices", Devices.file(s.get("devices")));
        replace(s, "gpus", DeviceRequests.gpus(s.get("gpus")));
        Map<String, Object> build = Trees.map(s, "build");
        if (build != null) {
            replace(build, "secrets", FileReferences.file(build.get("secrets")));
        }
    }

    static void project(String name, Map<String, Object> s, String path, LoadContext ctx, Shape shape) {
        Ports.project(Trees.list(s, "ports"), path + ".ports", shape);
        DependsOnShape.project(Trees.map(s, "depends_on"));
        Volumes.project(Trees.list(s, "volumes"), ctx, path + ".volumes", shape);
        BuildShape.project(Trees.map(s, "build"), ctx);
        FileReferences.project(Trees.list(s, "secrets"), "/run/secrets/");
        EnvFiles.project(s, path, ctx, shape);
        EnvFiles.labels(s, path, ctx, shape);
        ImplicitDependencies.add(s);
        Map<String, Object> deploy = Trees.map(s, "deploy");
        if (s.get("scale") != null && deploy != null && deploy.get("replicas") == null) {
            deploy.put("replicas", s.get("scale"));
        }
        if ("if_not_present".equals(s.get("pull_policy"))) {
            s.put("pull_policy", "missing");
        }
        DeviceRequests.project(s);
        ExtendsPath.project(Trees.map(s, "extends"), ctx);
        Develop.project(Trees.map(s, "develop"), ctx);
        if (!s.containsKey("network_mode") && !s.containsKey("networks") && s.get("provider") == null) {
            Map<String, Object> networks = Trees.newMap();
            networks.put("default", null);
            s.put("networks", networks);
        }
    }

    static void replace(Map<String, Object> s, String key, Object value) {
        if (value != null) {
            s.put(key, value);
        }
    }
}
