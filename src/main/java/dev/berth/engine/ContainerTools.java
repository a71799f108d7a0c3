package dev.berth.engine;

import dev.berth.compose.model.Project;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The facade's calls for the commands about existing containers and images: volumes, stats, cp, export, commit,
 * push and attach.
 */
public interface ContainerTools {

    /**
     * The container a single-container command acts on, as the reference picks it: container {@code index} of the
     * service (0: the lowest number, one-offs last); {@code oneOffs} includes {@code run} containers, {@code stopped}
     * stopped ones. Throws NOT_FOUND "service "x" is not running" when there is none.
     */
    ContainerState container(String projectName, String serviceName, int index, boolean oneOffs,
                                     boolean stopped);

    /** The service's containers, lowest number first; {@code oneOffs} includes {@code run} containers. */
    List<ContainerState> serviceContainers(String projectName, String serviceName, boolean oneOffs);

    /** The project's volumes; with services named, only those their running containers mount. */
    List<VolumeDetails> volumes(String projectName, List<String> services);

    /** A container's resource usage: one sample, or one a second while {@code stream} until closed. */
    Subscription stats(String containerId, boolean stream, Consumer<StatsSample> onSample,
                               Runnable onEnd);

    /** {@code cp}: copies between a service's container(s) and the local filesystem; reports Copying/Copied. */
    void copy(String projectName, CopyOptions options, EventSink sink);

    /** What is at {@code path} in the container, or null. */
    DockerGateway.PathStat statPath(String containerId, String path);

    /** The tar archive of a path in the container. */
    DockerGateway.Archive archive(String containerId, String path);

    /** Extracts a tar stream into a directory of the container. */
    void extract(String containerId, String dir, InputStream tar, boolean copyOwners);

    /** The container's filesystem as a tar stream. */
    InputStream export(String containerId);

    /** An image of the container's changes; returns its id. */
    String commit(String containerId, CommitRequest request);

    /**
     * Pushes the images of the services that name one (all when empty, plus their dependencies when
     * {@code includeDeps}); {@code ignoreFailures} reports a failed push as a warning and goes on.
     */
    void push(Project project, List<String> services, boolean includeDeps, boolean ignoreFailures,
                      EventSink sink);

    /** Attaches to a running container: its output from now on as log lines, {@code stdin} (null: none) fed to it. */
    Subscription attach(ContainerState container, InputStream stdin, EventSink sink, Runnable onEnd);

    /**
     * {@code watch}: follows the services' {@code develop.watch} paths (all services when none named) and syncs,
     * restarts, rebuilds or runs commands as their actions say until closed; {@code messages} gets the reference's
     * watch lines ("Syncing service ..."). Throws INVALID when none of the services has watch rules.
     */
    Subscription watchFiles(Project project, List<String> services, Consumer<String> messages,
                                    EventSink sink);
}
