package dev.berth.compose.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One service after loading, canonical and typed. {@code tree} is the service exactly as
 * {@code config --format json} prints it: the config hash and anything not typed here come from it.
 */
public record Service(
        String name,
        String image,
        Build build,
        List<String> command,
        List<String> entrypoint,
        Map<String, String> environment,
        List<PortMapping> ports,
        List<Mount> volumes,
        Map<String, ServiceNetwork> networks,
        String networkMode,
        Map<String, DependsOn> dependsOn,
        Healthcheck healthcheck,
        String restart,
        Map<String, String> labels,
        String containerName,
        List<String> profiles,
        int scale,
        String user,
        String workingDir,
        Boolean init,
        String stopSignal,
        Duration stopGracePeriod,
        List<FileReference> secrets,
        List<FileReference> configs,
        List<String> links,
        List<String> volumesFrom,
        String pullPolicy,
        Map<String, Object> tree) {

    public Service {
        command = command == null ? null : List.copyOf(command);
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        environment = Maps.copy(environment);
        ports = Maps.copy(ports);
        volumes = Maps.copy(volumes);
        networks = Maps.copy(networks);
        dependsOn = Maps.copy(dependsOn);
        labels = Maps.copy(labels);
        profiles = Maps.copy(profiles);
        secrets = Maps.copy(secrets);
        configs = Maps.copy(configs);
        links = Maps.copy(links);
        volumesFrom = Maps.copy(volumesFrom);
        tree = Maps.copy(tree);
    }

    /** Image the engine runs: the given one, or the name Compose gives a built image. */
    public String imageName(String projectName) {
        return image != null ? image : projectName + "-" + name;
    }
}
