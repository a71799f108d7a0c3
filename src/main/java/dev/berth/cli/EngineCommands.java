package dev.berth.cli;

import picocli.CommandLine;

/** The commands that drive the engine, registered here so the root command stays small. */
final class EngineCommands {
    private EngineCommands() {}

    static void register(CommandLine root) {
        for (Object command : new Object[] {new UpCommand(), new DownCommand(), new PsCommand(), new LogsCommand(),
                new LifecycleCommands.Start(), new LifecycleCommands.Stop(), new LifecycleCommands.Restart(),
                new LifecycleCommands.Pause(), new LifecycleCommands.Unpause(), new LifecycleCommands.Kill(),
                new LifecycleCommands.Rm(), new ImageCommands.Build(), new ImageCommands.Pull(),
                new ImageCommands.Create(), new ImageCommands.Scale(), new ContainerCommands.Exec(),
                new ContainerCommands.Run(), new ContainerCommands.Top(), new ContainerCommands.Port(),
                new ContainerCommands.Wait(), new ProjectCommands.Ls(), new ProjectCommands.Images(),
                new ProjectCommands.Events(), new DaemonCommand(), new VersionCommand(), new VolumesCommand(),
                new StatsCommand(), new CopyCommand(),
                new SnapshotCommands.Export(), new SnapshotCommands.Commit(), new ImageCommands.Push(),
                new AttachCommand(), new WatchCommand(), new StackCommand(), new AdviceCommand(),
                new VolumeCommands()}) {
            CommandLine sub = new CommandLine(command);
            // exec/run: everything after SERVICE belongs to the command run in the container ("sh -c ...").
            sub.setStopAtPositional(command instanceof ContainerCommands.Exec || command instanceof ContainerCommands.Run);
            root.addSubcommand(sub.getCommandName(), sub);
        }
    }
}
