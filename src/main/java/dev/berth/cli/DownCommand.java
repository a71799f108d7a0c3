package dev.berth.cli;

import dev.berth.cli.progress.ProgressSink;
import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.DownOptions;
import dev.berth.engine.Plan;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code down}: stop and remove containers and networks (named volumes only with -v). */
@Command(name = "down", description = "Stop and remove containers, networks")
final class DownCommand implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Option(names = {"-v", "--volumes"}, description = "Remove named volumes declared in the volumes section and anonymous volumes") boolean volumes;
    @Option(names = "--remove-orphans") boolean removeOrphans;
    @Option(names = "--rmi", paramLabel = "local|all") String rmi;
    @Option(names = {"-t", "--timeout"}, paramLabel = "SECONDS") Integer timeout;
    @Option(names = "--dry-run") boolean dryRun;

    @Override
    public Integer call() throws Exception {
        if (rmi != null && !rmi.equals("local") && !rmi.equals("all")) {
            throw new IllegalArgumentException("invalid value for --rmi: " + rmi + " (local or all)");
        }
        Loaded loaded = Loaded.optional(global);
        DownOptions options = new DownOptions(volumes, removeOrphans(), rmi, timeout);
        try (ComposeEngine engine = EngineConnection.open(global.caller())) {
            if (dryRun) {
                Plan plan = engine.planDown(loaded.name(), loaded.project(), options);
                global.caller().out().print(plan);
                return 0;
            }
            try (ProgressSink progress = global.progress("Running")) {
                engine.down(loaded.name(), loaded.project(), options, progress);
            }
        }
        return 0;
    }

    /** {@code --remove-orphans}, else the caller's COMPOSE_REMOVE_ORPHANS, as the reference's default for the flag. */
    private boolean removeOrphans() {
        return removeOrphans || GlobalOptions.truthy(global.caller().environment().get("COMPOSE_REMOVE_ORPHANS"));
    }
}
