package dev.berth.cli;

import dev.berth.cli.progress.ProgressSink;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.CopyOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cp}: files between a service's container and the local filesystem, or a tar stream on stdin/stdout. */
@Command(name = "cp", description = "Copy files/folders between a service container and the local filesystem",
        customSynopsis = {"Usage: berth cp [OPTIONS] SERVICE:SRC_PATH DEST_PATH|-",
                "       berth cp [OPTIONS] SRC_PATH|- SERVICE:DEST_PATH"})
final class CopyCommand implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Option(names = "--all", description = "Include containers created by the run command") boolean all;
    @Option(names = {"-a", "--archive"}, description = "Archive mode (copy all uid/gid information)") boolean archive;
    @Option(names = {"-L", "--follow-link"}, description = "Always follow symbol link in SRC_PATH") boolean followLink;
    @Option(names = "--index", description = "Index of the container if service has multiple replicas") int index;
    @Parameters(index = "0", paramLabel = "SOURCE") String source;
    @Parameters(index = "1", paramLabel = "DESTINATION") String destination;

    @Override
    public Integer call() throws Exception {
        Invocation io = global.caller();
        if (source.isEmpty()) {
            throw new dev.berth.engine.EngineException(dev.berth.engine.EngineException.Reason.INVALID, "source can not be empty");
        }
        if (destination.isEmpty()) {
            throw new dev.berth.engine.EngineException(dev.berth.engine.EngineException.Reason.INVALID, "destination can not be empty");
        }
        String projectName = Loaded.optional(global).name();
        CopyOptions options = new CopyOptions(source, destination, index, all, followLink, archive,
                io.workingDir(), io.in(), io.out());
        try (ComposeEngine engine = EngineConnection.open(global.caller()); ProgressSink progress = global.progress("Copying")) {
            engine.copy(projectName, options, progress);
        }
        return 0;
    }
}
