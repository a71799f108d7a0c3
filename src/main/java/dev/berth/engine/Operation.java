package dev.berth.engine;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Network;
import dev.berth.compose.model.Volume;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One step of a {@link Plan}: one Docker API call, or one wait on the engine's event stream. Each carries the
 * {@code cause} that made the reconciler choose it; {@code toString()} is stable so tests and --dry-run can show it.
 */
public sealed interface Operation {
    /** The resource the step acts on, as the user knows it (a container, network or volume name). */
    String resourceId();

    /** The service the step belongs to, or null for project-wide resources. */
    String serviceName();

    String cause();

    record CreateNetwork(Network network, String cause) implements Operation {
        public String resourceId() { return network.name(); }
        public String serviceName() { return null; }
        public String toString() { return "create network " + resourceId() + " (" + cause + ")"; }
    }

    record RemoveNetwork(String resourceId, String cause) implements Operation {
        public String serviceName() { return null; }
        public String toString() { return "remove network " + resourceId + " (" + cause + ")"; }
    }

    record CreateVolume(Volume volume, String cause) implements Operation {
        public String resourceId() { return volume.name(); }
        public String serviceName() { return null; }
        public String toString() { return "create volume " + resourceId() + " (" + cause + ")"; }
    }

    record RemoveVolume(String resourceId, String cause) implements Operation {
        public String serviceName() { return null; }
        public String toString() { return "remove volume " + resourceId + " (" + cause + ")"; }
    }

    record BuildImage(String serviceName, String resourceId, String cause) implements Operation {
        public String toString() { return "build image " + resourceId + " for " + serviceName + " (" + cause + ")"; }
    }

    record PullImage(String serviceName, String resourceId, String cause) implements Operation {
        public String toString() { return "pull image " + resourceId + " for " + serviceName + " (" + cause + ")"; }
    }

    record RemoveImage(String serviceName, String resourceId, String cause) implements Operation {
        public String toString() { return "remove image " + resourceId + " (" + cause + ")"; }
    }

    /** Creates container number {@code number} of a service under {@code resourceId} (its name). */
    record CreateContainer(String serviceName, String resourceId, int number, String cause) implements Operation {
        public String toString() { return "create container " + resourceId + " (" + cause + ")"; }
    }

    /**
     * Starts a container. {@code writeFiles}: first copy in the service's secrets and configs that are not files,
     * as the reference's up does for every container it starts, new or stopped (never at create: a value missing
     * from the environment fails the start, not the create; the start command copies nothing).
     */
    record StartContainer(String serviceName, String resourceId, String cause, boolean writeFiles)
            implements Operation {
        public StartContainer(String serviceName, String resourceId, String cause) {
            this(serviceName, resourceId, cause, false);
        }

        public String toString() { return "start container " + resourceId + " (" + cause + ")"; }
    }

    record StopContainer(String serviceName, String resourceId, int timeoutSeconds, String cause) implements Operation {
        public String toString() { return "stop container " + resourceId + " (" + cause + ")"; }
    }

    /** The engine's restart: a stop (within the timeout) and a start in one call; a stopped container just starts. */
    record RestartContainer(String serviceName, String resourceId, int timeoutSeconds, String cause) implements Operation {
        public String toString() { return "restart container " + resourceId + " (" + cause + ")"; }
    }

    record RemoveContainer(String serviceName, String resourceId, boolean removeVolumes, String cause)
            implements Operation {
        public String toString() { return "remove container " + resourceId + " (" + cause + ")"; }
    }

    /** Waits until each dependency's condition holds; fails naming the dependency when it cannot. */
    record AwaitDependencies(String serviceName, List<DependsOn> dependsOn, String cause) implements Operation {
        public AwaitDependencies {
            dependsOn = List.copyOf(dependsOn);
        }

        public String resourceId() { return serviceName; }

        public String toString() {
            return "wait for " + dependsOn.stream().map(d -> d.serviceName() + " " + d.condition().composeName())
                    .collect(Collectors.joining(", ")) + " before " + serviceName;
        }
    }

    /** Waits until the lanes of the named dependants are done (stop in reverse dependency order). */
    record AwaitServicesDone(String serviceName, List<String> serviceNames, String cause) implements Operation {
        public AwaitServicesDone {
            serviceNames = List.copyOf(serviceNames);
        }

        public String resourceId() { return serviceName; }

        public String toString() { return "wait for " + String.join(", ", serviceNames) + " to stop before " + serviceName; }
    }

    /** Waits for the lanes of the services whose containers this one's create names (volumes_from, links, ...). */
    record AwaitCreated(String serviceName, List<String> serviceNames, String cause) implements Operation {
        public AwaitCreated {
            serviceNames = List.copyOf(serviceNames);
        }

        public String resourceId() { return serviceName; }

        public String toString() { return "wait for " + String.join(", ", serviceNames) + " before creating " + serviceName
                + " (" + cause + ")"; }
    }

    /** {@code up --wait}: waits until the service's containers run, and are healthy when they have a healthcheck. */
    record AwaitReady(String serviceName, String cause) implements Operation {
        public String resourceId() { return serviceName; }
        public String toString() { return "wait for " + serviceName + " to be " + cause; }
    }
}
