package dev.berth.cli;

import dev.berth.cli.progress.ProgressMode;
import dev.berth.cli.progress.ProgressSink;
import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.Plan;
import dev.berth.engine.Subscription;
import dev.berth.engine.UpOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code up}: create and start containers; attached unless -d. */
@Command(name = "up", description = "Create and start containers")
final class UpCommand implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Option(names = {"-d", "--detach"}, description = "Run containers in the background") boolean detach;
    @Option(names = "--wait", description = "Wait for services to be running|healthy. Implies detached mode.") boolean waitReady;
    @Option(names = "--wait-timeout", paramLabel = "SECONDS") Integer waitTimeout;
    @Option(names = "--timeline", description = "Print the start-up's critical path with durations, from the engine's"
            + " events. Implies detached mode.") boolean timeline;
    @Option(names = "--build", description = "Build images before starting containers") boolean build;
    @Option(names = "--no-build", description = "Don't build an image, even if it's missing") boolean noBuild;
    @Option(names = "--force-recreate") boolean forceRecreate;
    @Option(names = "--no-recreate") boolean noRecreate;
    @Option(names = "--no-deps", description = "Don't start linked services") boolean noDeps;
    @Option(names = "--remove-orphans") boolean removeOrphans;
    @Option(names = "--scale", paramLabel = "SERVICE=NUM") List<String> scale = new ArrayList<>();
    @Option(names = "--no-start", description = "Don't start the services after creating them") boolean noStart;
    @Option(names = "--dry-run", description = "Print the plan and change nothing") boolean dryRun;
    @Option(names = "--as-docker-commands", description = "With --dry-run: print the plan as a shell script of Docker CLI commands")
    boolean asDockerCommands;
    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS") Integer timeout;
    @Option(names = "--quiet-pull") boolean quietPull;
    @Option(names = "--abort-on-container-exit", description = "Stops all containers if any container was stopped")
    boolean abortOnExit;
    @Option(names = "--abort-on-container-failure", description = "Stops all containers if any container exited with failure")
    boolean abortOnFailure;
    @Option(names = "--exit-code-from", paramLabel = "SERVICE",
            description = "Return the exit code of the selected service container. Implies --abort-on-container-exit")
    String exitCodeFrom;
    @Option(names = "--no-log-prefix", description = "Don't print prefix in logs") boolean noLogPrefix;
    @Option(names = "--no-color", description = "Produce monochrome output") boolean noColor;
    @Option(names = {"-w", "--watch"}, description = "Watch source code and rebuild/refresh containers when files are "
            + "updated.") boolean watch;
    @Parameters(paramLabel = "SERVICE") List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (forceRecreate && noRecreate) {
            throw new IllegalArgumentException("--force-recreate and --no-recreate are incompatible");
        }
        if (detach && (abortOnExit || abortOnFailure || exitCodeFrom != null || watch)) {
            throw new IllegalArgumentException("--detach cannot be combined with --abort-on-container-exit, "
                    + "--abort-on-container-failure, --attach, --attach-dependencies or --watch");
        }
        Project project = ProjectSource.load(global, services);
        if (exitCodeFrom != null && !project.services().containsKey(exitCodeFrom)) {
            throw new IllegalArgumentException("no such service: " + exitCodeFrom);
        }
        UpOptions options = options();
        try (ComposeEngine engine = EngineConnection.open(global.caller())) {
            if (asDockerCommands && !dryRun) {
                throw new IllegalArgumentException("--as-docker-commands needs --dry-run");
            }
            if (dryRun) {
                Plan plan = engine.plan(project, options);
                plan.warnings().forEach(w -> global.caller().err().println("WARN[0000] " + w));
                if (asDockerCommands) {
                    global.caller().out().print(engine.dockerCommands(project).script(plan));
                    return 0;
                }
                global.caller().out().print(plan.changesNothing() ? "nothing to do\n" : plan.toString());
                return 0;
            }
            if (timeline) {
                return TimelineRun.up(engine, project, options, global);
            }
            if (detach || waitReady || noStart) {
                try (ProgressSink progress = global.progress(noStart ? "Creating" : "Running")) {
                    engine.up(project, options, progress);
                }
                return 0;
            }
            AttachedRun.Abort abort = abortOnExit || exitCodeFrom != null ? AttachedRun.Abort.ON_EXIT
                    : abortOnFailure ? AttachedRun.Abort.ON_FAILURE : AttachedRun.Abort.NEVER;
            AttachedRun run = new AttachedRun(engine, global.caller(), project, options, abort, exitCodeFrom)
                    .printing(new LogPrinter(global.caller().out(), project.services().keySet(), noLogPrefix,
                            !noColor && global.progressSettings().logColours()))
                    .progress(global::progress, global.progressSettings().output() == ProgressMode.TTY);
            if (!watch) {
                return run.run();
            }
            // As the reference: the watch starts once the services are up.
            AtomicReference<Subscription> watching = new AtomicReference<>();
            try (ProgressSink progress = global.progress("Running")) {
                return run.afterUp(() -> watching.set(WatchCommand.start(engine, project, services,
                        global.caller(), progress))).run();
            } finally {
                if (watching.get() != null) {
                    watching.get().close();
                }
            }
        }
    }

    private UpOptions options() {
        Map<String, Integer> scales = new TreeMap<>();
        for (String s : scale) {
            int eq = s.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--scale expects SERVICE=NUM, got " + s);
            }
            scales.put(s.substring(0, eq), Integer.parseInt(s.substring(eq + 1)));
        }
        UpOptions.BuildPolicy policy = build ? UpOptions.BuildPolicy.ALWAYS
                : noBuild ? UpOptions.BuildPolicy.NEVER : UpOptions.BuildPolicy.IF_MISSING;
        return UpOptions.defaults().withServices(services).withNoDeps(noDeps).withRemoveOrphans(removeOrphans())
                .with(forceRecreate ? UpOptions.Recreate.FORCE : noRecreate ? UpOptions.Recreate.NEVER
                        : UpOptions.Recreate.DIVERGED)
                .withScale(scales).withNoStart(noStart).with(policy).withWait(waitReady)
                .withWaitTimeout(waitTimeout == null ? null : Duration.ofSeconds(waitTimeout)).withTimeoutSeconds(timeout);
    }

    /** {@code --remove-orphans}, else the caller's COMPOSE_REMOVE_ORPHANS, as the reference's default for the flag. */
    private boolean removeOrphans() {
        return removeOrphans || GlobalOptions.truthy(global.caller().environment().get("COMPOSE_REMOVE_ORPHANS"));
    }
}
