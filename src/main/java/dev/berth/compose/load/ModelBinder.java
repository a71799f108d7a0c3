package dev.berth.compose.load;

import dev.berth.compose.model.FileObject;
import dev.berth.compose.model.Network;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.Volume;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Binds the final canonical tree to the model records; each record keeps its part of the tree. */
public final class ModelBinder {
    private ModelBinder() {}

    /**
     * @param tree             the project as {@code config} prints it (enabled services only)
     * @param disabledServices canonical trees of the services switched off by profiles, by name
     * @param activeProfiles   the profiles in effect
     * @param configFiles      the compose files in load order
     * @param workingDir       the project directory
     */
    public static Project bind(Map<String, Object> tree, Map<String, Object> disabledServices,
                               Set<String> activeProfiles, List<Path> configFiles, Path workingDir) {
        return bind(tree, disabledServices, activeProfiles, configFiles, workingDir, Map.of());
    }

    /** @param environment the project's environment; only the variables secrets and configs read are kept */
    public static Project bind(Map<String, Object> tree, Map<String, Object> disabledServices,
                               Set<String> activeProfiles, List<Path> configFiles, Path workingDir,
                               Map<String, String> environment) {
        Map<String, FileObject> secrets = fileObjects(BindValues.map(tree.get("secrets")));
        Map<String, FileObject> configs = fileObjects(BindValues.map(tree.get("configs")));
        Map<String, String> read = new TreeMap<>();
        for (FileObject f : concat(secrets, configs)) {
            if (f.environment() != null && environment.containsKey(f.environment())) {
                read.put(f.environment(), environment.get(f.environment()));
            }
        }
        return new Project(
                BindValues.string(tree.get("name")),
                workingDir,
                configFiles,
                services(BindValues.map(tree.get("services"))),
                services(disabledServices),
                networks(BindValues.map(tree.get("networks"))),
                volumes(BindValues.map(tree.get("volumes"))),
                secrets,
                configs,
                activeProfiles,
                tree,
                read);
    }

    private static List<FileObject> concat(Map<String, FileObject> a, Map<String, FileObject> b) {
        List<FileObject> out = new java.util.ArrayList<>(a.values());
        out.addAll(b.values());
        return out;
    }

    private static Map<String, Service> services(Map<String, Object> trees) {
        Map<String, Service> out = new LinkedHashMap<>();
        new TreeMap<>(trees).forEach((name, s) -> out.put(name, ServiceBinder.bind(name, BindValues.map(s))));
        return out;
    }

    private static Map<String, Network> networks(Map<String, Object> trees) {
        Map<String, Network> out = new LinkedHashMap<>();
        new TreeMap<>(trees).forEach((key, value) -> {
            Map<String, Object> n = BindValues.map(value);
            out.put(key, new Network(key, BindValues.string(n.get("name")), BindValues.string(n.get("driver")),
                    BindValues.bool(n.get("external")), BindValues.bool(n.get("internal")),
                    BindValues.bool(n.get("attachable")), BindValues.strings(n.get("labels"))));
        });
        return out;
    }

    private static Map<String, Volume> volumes(Map<String, Object> trees) {
        Map<String, Volume> out = new LinkedHashMap<>();
        new TreeMap<>(trees).forEach((key, value) -> {
            Map<String, Object> v = BindValues.map(value);
            out.put(key, new Volume(key, BindValues.string(v.get("name")), BindValues.string(v.get("driver")),
                    BindValues.bool(v.get("external")), BindValues.strings(v.get("labels"))));
        });
        return out;
    }

    private static Map<String, FileObject> fileObjects(Map<String, Object> trees) {
        Map<String, FileObject> out = new LinkedHashMap<>();
        new TreeMap<>(trees).forEach((key, value) -> {
            Map<String, Object> f = BindValues.map(value);
            out.put(key, new FileObject(key, BindValues.string(f.get("name")), BindValues.string(f.get("file")),
                    BindValues.string(f.get("environment")), BindValues.string(f.get("content")),
                    BindValues.bool(f.get("external"))));
        });
        return out;
    }
}
