package dev.berth.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The narrow port to the Docker Engine the orchestrator needs. Implementations throw {@link EngineException}
 * with a typed {@link EngineException.Reason}. Container arguments accept an id or a name.
 */
public interface DockerGateway extends AutoCloseable {

    /** The API version agreed with the engine. */
    String apiVersion();

    /** The caller's registry credentials as a docker config file (auths only), for {@code use_api_socket}. */
    default String clientCredentials() {
        return "{\n  \"auths\" : { }\n}";
    }

    /** Containers carrying all the given labels ({@code key=value}, or {@code key} alone for presence). */
    List<ContainerState> containers(List<String> labelFilters, boolean all);

    /** The container now, health included, or null when it does not exist. */
    ContainerState inspect(String container);

    /** The output of the container's last healthcheck run, or null. */
    String lastHealthOutput(String container);

    List<ProjectState.NetworkState> networks();

    List<ProjectState.VolumeState> volumes();

    /** The local image's id (sha256:…), or null when the engine does not have it. */
    String imageId(String image);

    /** What {@code images} shows of a local image, or null when the engine does not have it. */
    ImageDetails imageDetails(String image);

    /** Local tagged (not dangling) images carrying all the given labels ({@code key=value}). */
    List<ImageState> images(List<String> labelFilters);

    /** Creates the container and connects its extra networks; returns its id. */
    String create(ContainerSpec spec);

    /**
     * The {@code docker create} words for the request {@link #create} sends for this spec (its first network;
     * the others are connected after). Variables named by {@code secretEnv} are passed by name alone.
     */
    default CliArgs createArgs(ContainerSpec spec, java.util.function.Predicate<String> secretEnv) {
        throw new UnsupportedOperationException("docker commands are not supported by this gateway");
    }

    void start(String container);

    /** Restarts a container: stops it (SIGKILL after {@code timeoutSeconds}) if it runs, then starts it. */
    void restart(String container, int timeoutSeconds);

    /** Writes files into a container (created or running); owner and mode as given, parents created; none: no call. */
    void copyFiles(String container, List<FileCopy> files);

    /** Stops within {@code timeoutSeconds}; a container already stopped is not an error. */
    void stop(String container, int timeoutSeconds);

    void kill(String container, String signal);

    void pause(String container);

    void unpause(String container);

    /** Removes a stopped container (force kills a running one); a missing container is not an error. */
    void remove(String container, boolean removeVolumes, boolean force);

    void createNetwork(ResourceSpec.NetworkSpec network);

    /** Removes a network; a missing one is not an error. */
    void removeNetwork(String name);

    void createVolume(ResourceSpec.VolumeSpec volume);

    /** Removes a volume; a missing one is not an error. */
    void removeVolume(String name);

    void removeImage(String image);

    /** Builds an image from a context directory; each output line goes to {@code progress}. */
    void build(BuildRequest request, Consumer<String> progress);

    void pull(String image, Consumer<String> progress);

    /** Streams engine events matching the filters ({@code type}, {@code label}, {@code event} → values). */
    default Subscription events(Map<String, List<String>> filters, Consumer<DockerEvent> onEvent) {
        return events(filters, onEvent, () -> { });
    }

    /**
     * The same, and {@code onEnd} runs when the engine ends the stream (it stopped or restarted), not when the
     * subscription is closed. Throws {@link EngineException} when the engine does not answer the request.
     */
    Subscription events(Map<String, List<String>> filters, Consumer<DockerEvent> onEvent, Runnable onEnd);

    /** Where the engine is ({@code unix:///var/run/docker.sock}), as messages name it. */
    default String host() {
        return "the Docker Engine";
    }

    /** Whether the engine answers now ({@code GET /_ping}). */
    default boolean answers() {
        return true;
    }

    /**
     * Streams a container's output ({@code since}/{@code until} null: no limit); {@code onEnd} runs when the stream
     * ends (container gone, or closed).
     */
    Subscription logs(String container, boolean follow, Integer tail, Instant since, Instant until, boolean timestamps,
                      Consumer<LogChunk> onLine, Runnable onEnd);

    /**
     * Attaches to a container not yet started (its output as it comes, not split into lines; {@code stdin} fed to
     * it when not null); returns once attached, so that nothing it writes after its start is missed.
     */
    Subscription attach(String container, java.io.InputStream stdin, Consumer<LogChunk> output, Runnable onEnd);

    /** Blocks until the container stops; returns its exit code. */
    int waitFor(String container);

    /** Runs a command in a running container, streaming its output; returns the exit code. */
    int exec(String container, ExecRequest request, Consumer<LogChunk> output);

    /** Sets the size of an exec's terminal ({@code POST /exec/{id}/resize}); fails when the exec ended. */
    void resizeExec(String execId, ConsoleSize size);

    /** Sets the size of a running container's terminal ({@code POST /containers/{id}/resize}). */
    void resizeContainer(String container, ConsoleSize size);

    /** {@code top}: titles first, then one row per process. */
    List<List<String>> top(String container);

    /** The image's history, newest layer first; empty when the image is not here. */
    default List<ImageLayer> imageHistory(String image) {
        return List.of();
    }

    /** The size in bytes of each local volume the engine measured ({@code system df}); empty when it cannot tell. */
    default Map<String, Long> volumeSizes() {
        return Map.of();
    }

    /** Volumes carrying all the given labels, with driver, mount point and scope ({@code volumes}), by name. */
    List<VolumeDetails> volumeDetails(List<String> labelFilters);

    /**
     * Resource usage of a container: one sample when not {@code stream}, else one a second until closed;
     * {@code onEnd} runs when the engine ends the stream.
     */
    Subscription stats(String container, boolean stream, Consumer<StatsSample> onSample, Runnable onEnd);

    /** What is at {@code path} in the container, or null when nothing is. */
    PathStat statPath(String container, String path);

    /** The tar archive of {@code path} in the container, its root entry named as the path's last element. */
    Archive archive(String container, String path);

    /** Extracts a tar stream into the container's directory {@code dir}; {@code copyOwners} keeps its uid/gid. */
    void extract(String container, String dir, java.io.InputStream tar, boolean copyOwners);

    /** The container's whole filesystem as a tar stream; the caller closes it. */
    java.io.InputStream export(String container);

    /** An image of the container's changes; returns its id. */
    String commit(String container, CommitRequest request);

    /** Pushes a local image to its registry; each progress line goes to {@code progress}. */
    void push(String image, Consumer<String> progress);

    /** Attaches to a running container (its output from now on, not replayed); {@code stdin} null: none. */
    Subscription attachRunning(String container, java.io.InputStream stdin, Consumer<LogChunk> output, Runnable onEnd);

    @Override
    void close();

    /** An engine event: type (container, network…), action (start, die, health_status: healthy…), actor. */
    record DockerEvent(String type, String action, String actorId, Map<String, String> attributes, long timeNanos) {}

    /** A local image's id, creation time, size in bytes and platform ({@code linux/amd64}). */
    record ImageDetails(String id, long createdEpochSeconds, long size, String platform) {}

    /** A local image: its id, its tags ({@code name:tag}) and labels. */
    record ImageState(String id, List<String> repoTags, Map<String, String> labels) {
        public ImageState {
            repoTags = repoTags == null ? List.of() : List.copyOf(repoTags);
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }
    }

    /** One line of container output. */
    record LogChunk(boolean stderr, String line) {}

    record BuildRequest(String contextDir, String dockerfile, String dockerfileInline, String target,
                        Map<String, String> args, Map<String, String> labels, List<String> tags, boolean noCache) {}

    /** A file to write into a container; uid/gid null = root. Its content never shows in {@code toString()}. */
    record FileCopy(String path, byte[] content, int mode, Integer uid, Integer gid) {
        public FileCopy {
            content = content.clone();
        }

        @Override
        public String toString() {
            return "FileCopy[" + path + ", " + content.length + " bytes, mode 0" + Integer.toOctalString(mode) + "]";
        }
    }

    /**
     * {@code stdin}: what to feed the command (its end is the command's end of input), or null for none;
     * {@code window}: the caller's terminal for a TTY, whose size the command's terminal follows, or null.
     */
    record ExecRequest(List<String> command, List<String> env, String user, String workingDir, boolean tty,
                       boolean privileged, boolean detach, java.io.InputStream stdin, TerminalWindow window) {
        public ExecRequest(List<String> command, List<String> env, String user, String workingDir, boolean tty,
                           boolean privileged, boolean detach) {
            this(command, env, user, workingDir, tty, privileged, detach, null, null);
        }
    }

    /** A path in a container: permission bits in {@code mode}; {@code linkTarget} set for a symbolic link. */
    record PathStat(String name, long size, int mode, boolean directory, boolean symlink, String linkTarget) {}

    /** A tar stream out of a container and what its path is; closing it ends the transfer. */
    record Archive(PathStat stat, java.io.InputStream content) implements AutoCloseable {
        @Override
        public void close() {
            try {
                content.close();
            } catch (java.io.IOException e) {
                // the transfer is over either way
            }
        }
    }
}
