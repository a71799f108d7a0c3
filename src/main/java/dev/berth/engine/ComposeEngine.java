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

    /** The project's containers, networks and volumes now; {@code all} includes stopped containers. */
    ProjectState state(String projectName, boolean all);

    /** Live changes of the project's containers (created, started, health, died, removed) from the engine's stream. */
    Subscription watch(String projectName, EventSink sink);

    /** Streams the log lines of the project's containers as {@link EngineEvent.LogLine} events. */
    Subscription logs(String projectName, LogOptions options, EventSink sink);

    /** Names of the projects that have containers on the engine, with their container states ({@code ls}). */
    List<ProjectState> projects(boolean all);

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
