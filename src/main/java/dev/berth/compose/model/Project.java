package dev.berth.compose.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loaded project. {@code services} holds the enabled services, {@code disabledServices} those
 * switched off by profiles (the UI shows them as ghosts). {@code tree} is the whole model as
 * {@code config --format json} prints it. {@code environment} holds only the variables that secrets and configs
 * read ({@code environment:} sources), as the engine needs their values; {@link #toString()} never shows them.
 */
public record Project(
        String name,
        Path workingDir,
        List<Path> configFiles,
        Map<String, Service> services,
        Map<String, Service> disabledServices,
        Map<String, Network> networks,
        Map<String, Volume> volumes,
        Map<String, FileObject> secrets,
        Map<String, FileObject> configs,
        Set<String> activeProfiles,
        Map<String, Object> tree,
        Map<String, String> environment) {

    public Project {
        configFiles = Maps.copy(configFiles);
        services = Maps.copy(services);
        disabledServices = Maps.copy(disabledServices);
        networks = Maps.copy(networks);
        volumes = Maps.copy(volumes);
        secrets = Maps.copy(secrets);
        configs = Maps.copy(configs);
        activeProfiles = activeProfiles == null ? Set.of() : Set.copyOf(activeProfiles);
        tree = Maps.copy(tree);
        environment = Maps.copy(environment);
    }

    /** A project whose secrets and configs read no environment variable. */
    public Project(String name, Path workingDir, List<Path> configFiles, Map<String, Service> services,
                   Map<String, Service> disabledServices, Map<String, Network> networks, Map<String, Volume> volumes,
                   Map<String, FileObject> secrets, Map<String, FileObject> configs, Set<String> activeProfiles,
                   Map<String, Object> tree) {
        this(name, workingDir, configFiles, services, disabledServices, networks, volumes, secrets, configs,
                activeProfiles, tree, Map.of());
    }

    /** Secret values must never reach a log: the environment shows its variable names only. */
    @Override
    public String toString() {
        return "Project[name=" + name + ", workingDir=" + workingDir + ", configFiles=" + configFiles + ", services="
                + services.keySet() + ", disabledServices=" + disabledServices.keySet() + ", networks="
                + networks.keySet() + ", volumes=" + volumes.keySet() + ", secrets=" + secrets.keySet() + ", configs="
                + configs.keySet() + ", activeProfiles=" + activeProfiles + ", environment=" + environment.keySet()
                + "]";
    }

    public Service service(String serviceName) {
        Service s = services.get(serviceName);
        if (s == null) {
            throw new IllegalArgumentException("no such service: " + serviceName);
        }
        return s;
    }
}
