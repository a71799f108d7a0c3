package dev.berth.cli;

import dev.berth.engine.docker.SwarmCalls;
import dev.berth.stack.StackEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code berth stack}: a compose project on a Swarm, with {@code docker stack}'s verbs, flags and output. */
@Command(name = "stack", description = "Manage Swarm stacks",
        subcommands = {StackDeployCommand.class, StackViewCommands.Ls.class, StackViewCommands.Services.class,
                StackViewCommands.Ps.class, StackRemoveCommand.class})
final class StackCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(BerthCommand.caller(spec).out());
    }

    /** The stack engine on the caller's DOCKER_HOST (BERTH_TRACE: each request on the caller's stderr). */
    static StackEngine engine(Invocation caller) {
        boolean trace = caller.environment().containsKey("BERTH_TRACE");
        return new StackEngine(SwarmCalls.connect(caller.environment(), trace ? caller.err() : null));
    }
}
