package dev.berth.engine;

import dev.berth.compose.model.Project;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The facade's calls for the commands about existing containers and images: volumes, stats, cp, export, commit,
 * push and attach. Defaults throw, so that view-model test doubles of {@link ComposeEngine} need not implement them.
 */
public interface ContainerTools {

    /**
     * The container a single-container command acts on, as the reference picks it: container {@code index} of the
     * service (0: the lowest number, one-offs last); {@code oneOffs} includes {@code run} containers, {@code stopped}
     * stopped ones. Throws NOT_FOUND "service "x" is not running" when there is none.
     */
    default ContainerState container(String projectName, String serviceName, int index, boolean oneOffs,
                                     boolean stopped) {
        throw unsupported("container lookup");
    }

    /** The service's containers, lowest number first; {@code oneOffs} includes {@code run} containers. */
    default List<ContainerState> serviceContainers(String projectName, String serviceName, boolean oneOffs) {
        throw unsupported("container lookup");
    }

    /** The project's volumes; with services named, only those their running containers mount. */
    default List<DockerGateway.VolumeDetails> volumes(String projectName, List<String> services) {
        throw unsupported("volumes");
    }

    /** A container's resource usage: one sample, or one a second while {@code stream} until closed. */
    default Subscription stats(String containerId, boolean stream, Consumer<DockerGateway.StatsSample> onSample,
                               Runnable onEnd) {
        throw unsupported("stats");
    }

    /** {@code cp}: copies between a service's container(s) and the local filesystem; reports Copying/Copied. */
    default void copy(String projectName, CopyOptions options, EventSink sink) {
        throw unsupported("cp");
    }

    /** What is at {@code path} in the container, or null. */
    default DockerGateway.PathStat statPath(String containerId, String path) {
        throw unsupported("cp");
    }

    /** The tar archive of a path in the container. */
    default DockerGateway.Archive archive(String containerId, String path) {
        throw unsupported("cp");
    }

    /** Extracts a tar stream into a directory of the container. */
    default void extract(String containerId, String dir, InputStream tar, boolean copyOwners) {
        throw unsupported("cp");
    }

    /** The container's filesystem as a tar stream. */
    default InputStream export(String containerId) {
        throw unsupported("export");
    }

    /** An image of the container's changes; returns its id. */
    default String commit(String containerId, DockerGateway.CommitRequest request) {
        throw unsupported("commit");
    }

    /**
     * Pushes the images of the services that name one (all when empty, plus their dependencies when
     * {@code includeDeps}); {@code ignoreFailures} reports a failed push as a warning and goes on.
     */
    default void push(Project project, List<String> services, boolean includeDeps, boolean ignoreFailures,
                      EventSink sink) {
        throw unsupported("push");
    }

    /** Attaches to a running container: its output from now on as log lines, {@code stdin} (null: none) fed to it. */
    default Subscription attach(ContainerState container, InputStream stdin, EventSink sink, Runnable onEnd) {
        throw unsupported("attach");
    }

    /**
     * {@code watch}: follows the services' {@code develop.watch} paths (all services when none named) and syncs,
     * restarts, rebuilds or runs commands as their actions say until closed; {@code messages} gets the reference's
     * watch lines ("Syncing service ..."). Throws INVALID when none of the services has watch rules.
     */
    default Subscription watchFiles(Project project, List<String> services, Consumer<String> messages,
                                    EventSink sink) {
        throw unsupported("watch");
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(what + " is not supported by this engine");
    }
}
