package dev.berth.engine;

import dev.berth.compose.model.Project;
import java.util.List;
import java.util.function.Consumer;

/**
 * The only API the UI and the CLI call: one method per user verb, each with its options record, as docker/compose's
 * {@code pkg/api} has it. Methods that change things report progress to the {@link EventSink} as they go and throw
 * {@link EngineException} with a sentence a user can act on when they fail. Project-wide calls that need no compose
 * file take the project name, and the project when one was loaded (it may be null).
 */
public interface ComposeEngine extends ContainerTools, VolumeTools, ImageTools, AutoCloseable {

    /** What {@code up} would do now, without doing it ({@code up --dry-run}, the window's step mode). */
    Plan plan(Project project, UpOptions options);

    /**
     * {@code up}: plans, asks {@link UpOptions#approval()} (nothing changes when it declines), builds and pulls, plans
     * again against the images now present (a rebuilt image recreates its containers), then converges, starting
     * services as their dependencies allow. The window's Up button and the CLI both come here.
     */
    void up(Project project, UpOptions options, EventSink sink);

    /** Step mode: runs one operation of a plan made by {@link #plan} at a time, in {@link Plan#operations()} order. */
    Steps steps(Project project, Plan plan, EventSink sink);

    /** What {@code down} would do; {@code project} may be null (then everything labelled with the name goes). */
    Plan planDown(String projectName, Project project, DownOptions options);

    void down(String projectName, Project project, DownOptions options, EventSink sink);

    /** Starts existing containers of the services (all when empty), in dependency order. */
    void start(Project project, List<String> services, EventSink sink);

    /** Stops the services' containers, dependants first. */
    void stop(String projectName, Project project, StopOptions options, EventSink sink);

    /** What {@code restart} would do ({@code restart --dry-run}). */
    Plan planRestart(Project project, RestartOptions options);

    void restart(String projectName, Project project, RestartOptions options, EventSink sink);

    /** {@code kill}: sends the signal to the services' running containers. */
    void kill(String projectName, KillOptions options, EventSink sink);

    /** {@code pause} the services' running containers (all services when empty). */
    void pause(String projectName, List<String> services, EventSink sink);

    void unpause(String projectName, List<String> services, EventSink sink);

    /**
     * {@code rm}: the services' stopped containers (running ones too with {@link RemoveOptions#stop()}), after
     * {@link RemoveOptions#approval()} agreed to their names; returns the names removed (empty when none or declined).
     */
    List<String> remove(String projectName, RemoveOptions options, EventSink sink);

    /** The project's containers, networks and volumes now. */
    ProjectState state(String projectName, ContainerScope scope);

    /** Names of the projects that have containers on the engine, with their container states ({@code ls}). */
    List<ProjectState> projects(ContainerScope scope);

    /** {@code images}: the image of each of the project's containers, as the engine has it. */
    List<ContainerImage> images(String projectName, List<String> services);

    /**
     * Live changes of the project's containers (created, started, health, died, removed) from the engine's stream;
     * a {@link EngineEvent.Disconnected} when the engine ends the stream (subscribe again once it answers).
     */
    Subscription watch(String projectName, EventSink sink);

    /** {@code events}: the engine's raw container events of the project's services (all when empty). */
    Subscription events(String projectName, List<String> services, Consumer<ContainerEvent> onEvent);

    /** Streams the log lines of the project's containers as {@link EngineEvent.LogLine} events. */
    Subscription logs(String projectName, LogOptions options, EventSink sink);

    /** Builds the images of the services that have a build section. */
    void build(Project project, BuildOptions options, EventSink sink);

    /** Pulls the images of the services that name one (all when empty). */
    void pull(Project project, List<String> services, EventSink sink);

    /** Runs a command in a service's container; output comes as log lines; returns the exit code. */
    int exec(String projectName, ExecOptions options, EventSink sink);

    /**
     * {@code run}: a one-off container of a service (dependencies started first unless {@code noDeps}); streams its
     * output and returns its exit code, or returns at once with 0 when {@code detach}.
     */
    int run(Project project, String serviceName, RunOptions options, EventSink sink);

    /** Blocks until the container stops; returns its exit code. */
    int waitFor(String containerId);

    /** {@code top}: titles first, then one row per process. */
    List<List<String>> top(String containerId);

    /**
     * The Docker CLI command(s) for each operation of the plan, in {@link Plan#operations()} order, built from
     * the requests Berth sends (teaching mode, {@code up --dry-run --as-docker-commands}); secrets go by name.
     */
    DockerCommands dockerCommands(Project project);

    @Override
    void close();

    /** A plan being run one operation at a time. */
    interface Steps {
        /** The next operation, or null when the plan is done. */
        Operation next();

        /** Runs the next operation and waits for it; throws {@link EngineException} when it fails. */
        void runNext();

        default boolean done() {
            return next() == null;
        }
    }
}
