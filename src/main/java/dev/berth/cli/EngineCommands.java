package dev.berth.cli;

import picocli.CommandLine;

/** The commands that drive the engine, registered here so the root command stays small. */
final class EngineCommands {
    private EngineCommands() {}

    static void register(CommandLine root) {
        for (Object command : new Object[] {new UpCommand(), new DownCommand(), new PsCommand(), new LogsCommand(),
                new LifecycleCommands.Start(), new LifecycleCommands.Stop(), new LifecycleCommands.Restart(),
                new LifecycleCommands.Pause(), new LifecycleCommands.Unpause(), new LifecycleCommands.Kill(),
                new LifecycleCommands.Rm()}) {
            CommandLine sub = new CommandLine(command);
            root.addSubcommand(sub.getCommandName(), sub);
        }
    }
}
