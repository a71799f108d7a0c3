package dev.berth.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The root command: global flags live in {@link GlobalOptions}; each subcommand is its own class. */
@Command(name = "berth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A desktop Docker Compose. Run without a command to open the window.",
        subcommands = {CommandLine.HelpCommand.class, ConfigCommand.class})
public final class BerthCommand implements Runnable {

    @Mixin
    GlobalOptions global;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Runs the CLI and returns the exit code; errors are mapped to messages, never stack traces. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new BerthCommand());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        EngineCommands.register(cli);
        return cli.execute(args);
    }
}
