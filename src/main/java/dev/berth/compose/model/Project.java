package dev.berth.compose.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loaded project. {@code services} holds the enabled services, {@code disabledServices} those
 * switched off by profiles (the UI shows them as ghosts). {@code tree} is the whole model as
 * {@code config --format json} prints it.
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
        Map<String, Object> tree) {

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
    }

    public Service service(String serviceName) {
        Service s = services.get(serviceName);
        if (s == null) {
            throw new IllegalArgumentException("no such service: " + serviceName);
        }
        return s;
    }
}
