package dev.berth.engine;

import dev.berth.compose.model.Project;
import java.time.Duration;
import java.util.List;

/**
 * The only API the UI and the CLI call. Methods that change things report progress to the {@link EventSink} as
 * they go and throw {@link EngineException} with a sentence a user can act on when they fail. Project-wide calls
 * that need no compose file (down, ps, logs, stop) take the project name, and the project when one was loaded.
 */
public interface ComposeEngine extends AutoCloseable {

    /** What {@code up} would do now, without doing it (the UI's preview, {@code up --dry-run}). */
    Plan plan(Project project, UpOptions options);

    /** Plans and runs {@code up}: converge the engine to the project, start services as their dependencies allow. */
    void up(Project project, UpOptions options, EventSink sink);

    /** Runs a plan made by {@link #plan} (or {@link #planDown}) to its end; operations run in parallel along the DAG. */
    void execute(Project project, Plan plan, EventSink sink);

    /** Step mode: runs one operation of a plan at a time, in {@link Plan#operations()} order. */
    Steps steps(Project project, Plan plan, EventSink sink);

    /** What {@code down} would do; {@code project} may be null (then everything labelled with the name goes). */
    Plan planDown(String projectName, Project project, DownOptions options);

    void down(String projectName, Project project, DownOptions options, EventSink sink);

    /** Starts existing containers of the services (all when empty), in dependency order. */
    void start(Project project, List<String> services, EventSink sink);

    /** Stops the services' containers (all when empty), dependants first; {@code timeout} null = stop_grace_period. */
    void stop(String projectName, Project project, List<String> services, Duration timeout, EventSink sink);

    void restart(String projectName, Project project, List<String> services, Duration timeout, EventSink sink);

    /** {@code restart}; {@code noDeps} leaves out the dependants that declare depends_on {@code restart: true}. */
    default void restart(String projectName, Project project, List<String> services, Duration timeout, boolean noDeps,
                         EventSink sink) {
        if (noDeps) {
            throw unsupported("restart --no-deps");
        }
        restart(projectName, project, services, timeout, sink);
    }

    /** What {@code restart} would do ({@code restart --dry-run}). */
    default Plan planRestart(Project project, List<String> services, Duration timeout, boolean noDeps) {
        throw unsupported("restart --dry-run");
    }

    /** The project's containers, networks and volumes now; {@code all} includes stopped containers. */
    ProjectState state(String projectName, boolean all);

    /** Live changes of the project's containers (created, started, health, died, removed) from the engine's stream. */
    Subscription watch(String projectName, EventSink sink);

    /** Streams the log lines of the project's containers as {@link EngineEvent.LogLine} events. */
    Subscription logs(String projectName, LogOptions options, EventSink sink);

    /** Names of the projects that have containers on the engine, with their container states ({@code ls}). */
    List<ProjectState> projects(boolean all);

    /** Builds the images of the services that have a build section (all when empty). */
    default void build(Project project, List<String> services, boolean noCache, EventSink sink) {
        throw unsupported("build");
    }

    /** Pulls the images of the services that name one (all when empty). */
    default void pull(Project project, List<String> services, EventSink sink) {
        throw unsupported("pull");
    }

    /** Runs a command in container {@code index} of a service; output comes as log lines; returns the exit code. */
    default int exec(String projectName, String serviceName, int index, DockerGateway.ExecRequest request,
                     EventSink sink) {
        throw unsupported("exec");
    }

    /**
     * {@code run}: a one-off container of a service (dependencies started first unless {@code noDeps}); streams its
     * output and returns its exit code, or returns at once with 0 when {@code detach}.
     */
    default int run(Project project, String serviceName, RunOptions options, EventSink sink) {
        throw unsupported("run");
    }

    /** Blocks until the container stops; returns its exit code. */
    default int waitFor(String containerId) {
        throw unsupported("wait");
    }

    /** {@code top}: titles first, then one row per process. */
    default List<List<String>> top(String containerId) {
        throw unsupported("top");
    }

    /**
     * The Docker CLI command(s) for each operation of the plan, in {@link Plan#operations()} order, built from
     * the requests Berth sends (teaching mode, {@code up --dry-run --as-docker-commands}); secrets go by name.
     */
    default DockerCommands dockerCommands(Project project) {
        throw unsupported("docker commands");
    }

    /** The engine calls underneath, for single-container actions ({@code pause}, {@code kill}, a second Ctrl-C). */
    default DockerGateway gateway() {
        throw unsupported("direct container calls");
    }

    @Override
    void close();

    // The CLI-only calls have defaults so that view-model test doubles need not implement them.
    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(what + " is not supported by this engine");
    }

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
